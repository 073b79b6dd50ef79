// What checking the audit log's hash chain costs, before and after it moved off the event loop:
// a full pass over ENTRIES entries (what every supervisor's audit request cost, on the thread
// that serves desks), a request's check now (the entries appended since the last checkpoint),
// and the longest stall of the event loop during each (a 1 ms timer's lateness), side by side in
// one run on the real Store and AuditVerifier.
//   audit_bench sqlite|postgresql [ENTRIES]
// (postgresql: under tests/support/with-postgres.sh, which provides the server.)
#include "TestDatabase.h"
#include "audit/AuditVerifier.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kAppended = 100; // entries written between two requests

// The longest gap between two ticks of a 1 ms timer while work runs.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        const qint64 now = m_clock.nsecsElapsed();
        m_longest = std::max(m_longest, now - m_last);
        return double(m_longest) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// Runs the event loop until the verifier answers; how long that took (ms) and its status.
std::pair<double, AuditVerifier::Status> checkThrough(AuditVerifier &verifier)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    AuditVerifier::Status answer;
    verifier.check([&](const AuditVerifier::Status &status) {
        answer = status;
        loop.quit();
    });
    loop.exec();
    return {double(clock.nsecsElapsed()) / 1e6, answer};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString backend = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"sqlite"_s;
    const int entries =
        argc > 2 ? std::max(1000, QString::fromLocal8Bit(argv[2]).toInt()) : 1000000;
    if (backend != "sqlite"_L1 && !onPostgres()) {
        out << "postgresql: run under tests/support/with-postgres.sh\n";
        return 2;
    }
    QTemporaryDir dir;
    const QString location = freshDatabase(dir, u"audit.sqlite"_s);
    Store store;
    if (Status opened = store.open(location); !opened) {
        out << opened.error() << '\n';
        return 1;
    }
    {
        const QString name = u"audit-bench-seed"_s;
        if (!appendChainedAudit(rawConnection(location, name), entries)) {
            closeRawConnection(name);
            out << "could not seed the audit log\n";
            return 1;
        }
        closeRawConnection(name);
    }
    out << "# " << backend << ": " << entries << " audit entries; " << kAppended
        << " appended between two requests\n\n";

    StallMeter meter;
    // Before: the whole chain, on the event loop, for each request.
    meter.start();
    QElapsedTimer clock;
    clock.start();
    QEventLoop spin;
    QTimer::singleShot(0, &spin, [&] {
        const Status intact = store.verifyAudit();
        if (!intact)
            out << "broken: " << intact.error() << '\n';
        spin.quit();
    });
    spin.exec();
    const double fullMs = double(clock.nsecsElapsed()) / 1e6;
    const double fullStall = meter.stop();

    // Now: the first (full) pass on the worker, then a request after kAppended new entries.
    AuditVerifier verifier(store, 3600000);
    meter.start();
    const auto [firstMs, first] = checkThrough(verifier);
    const double firstStall = meter.stop();
    QElapsedTimer writes;
    writes.start();
    for (int i = 0; i < kAppended; ++i)
        (void)store.appendAudit(u"a-bench"_s, u"history.read"_s, u"c-1"_s, QString(),
                                QJsonObject{{"via"_L1, u"bench"_s}});
    const double writeMs = double(writes.nsecsElapsed()) / 1e6 / kAppended;
    meter.start();
    const auto [nextMs, next] = checkThrough(verifier);
    const double nextStall = meter.stop();
    if (!first.intact || !next.intact || next.checkedThrough != entries + kAppended) {
        out << "unexpected: " << next.problem << " through " << next.checkedThrough << '\n';
        return 1;
    }

    auto ms = [](double v) { return QString::number(v, 'f', v < 10 ? 2 : 0); };
    out << "| audit request's chain check | answered in | longest event-loop stall |\n";
    out << "| --- | ---: | ---: |\n";
    out << "| before: the whole chain on the event loop | " << ms(fullMs) << " ms | "
        << ms(fullStall) << " ms |\n";
    out << "| now, the first request (a full pass on the worker) | " << ms(firstMs) << " ms | "
        << ms(firstStall) << " ms |\n";
    out << "| now, a request after " << kAppended << " new entries | " << ms(nextMs) << " ms | "
        << ms(nextStall) << " ms |\n";
    out << "| stall now ÷ before (a request after new entries) | | "
        << QString::number(nextStall / fullStall, 'f', 4) << " |\n";
    out << "\nappendAudit: " << ms(writeMs) << " ms an entry (durable)\n";
    return 0;
}
