// What the hub's session sweep costs its event loop. Every 15 s each hub asks the store which
// logins are still live (so that a password change, a demotion or a removed user ends logins made
// on any hub, or by `signet-hub user`) and checks its own cached logins against the answer by
// their SHA-256, which it keeps. Both run on the thread that serves desks. For 2,000 live logins
// (a desk each for 2,000 agents), 20,000, and 64,000 (2,000 agents each at the cap of 32 logins),
// all cached on this hub, reported: the store's answer and the check, p50/p99 of 20 sweeps each.
//   sweep_bench sqlite|postgresql
// (postgresql: under tests/support/with-postgres.sh, which provides the server.)
#include "BenchSupport.h"
#include "TestDatabase.h"
#include "crypto/RandomToken.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <vector>

using namespace Signet;
using namespace Signet::Bench;
using namespace Signet::Hub;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

QString hashOf(const QString &bearer)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(bearer.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Adds live logins up to total (one agent holds them all: the sweep does not look at whose they
// are); gives their hashes.
bool seed(const QString &location, int from, int total, qint64 expires, QStringList &hashes)
{
    const QString name = u"sweep-seed"_s;
    bool ok = true;
    {
        QSqlDatabase db = rawConnection(location, name);
        db.transaction();
        QSqlQuery grant(db);
        grant.prepare(u"INSERT INTO bearer_grants (token_hash, agent_id, role, expires_ts) "
                      "VALUES (?, 'sweep-agent', 'agent', ?)"_s);
        for (int i = from; i < total && ok; ++i) {
            hashes << hashOf(Crypto::randomToken(32));
            grant.addBindValue(hashes.last());
            grant.addBindValue(expires);
            ok = grant.exec();
        }
        ok = db.commit() && ok;
    }
    closeRawConnection(name);
    return ok;
}

QString ms(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    giveUpAfter(app, 15, "sweep_bench");
    const QString backend = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"sqlite"_s;
    if (backend != "sqlite"_L1 && !onPostgres()) {
        out << "postgresql: run under tests/support/with-postgres.sh\n";
        return 2;
    }
    QTemporaryDir dir;
    const QString location = freshDatabase(dir, u"sweep.sqlite"_s);
    Store store;
    if (Status opened = store.open(location); !opened) {
        out << "the store did not open: " << opened.error() << '\n';
        return 1;
    }
    const qint64 expires = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
    QStringList hashes;
    out << "session sweep on " << backend << " (20 sweeps each)\n"
        << "| live logins | store's answer p50 / p99 ms | logins checked p50 / p99 ms | "
           "sweep p50 / p99 ms |\n| ---: | ---: | ---: | ---: |\n";
    for (const int total : {2000, 20000, 64000}) {
        if (!seed(location, static_cast<int>(hashes.size()), total, expires, hashes)) {
            out << "seeding failed\n";
            return 1;
        }
        std::vector<double> answer, check, sweep;
        for (int round = 0; round < 20; ++round) {
            QElapsedTimer t;
            t.start();
            const std::optional<QSet<QString>> live =
                store.liveGrantHashes(QDateTime::currentMSecsSinceEpoch());
            const double asked = double(t.nsecsElapsed()) / 1e6;
            if (!live || live->size() != total) {
                out << "the store answered " << (live ? live->size() : -1) << " of " << total
                    << '\n';
                return 1;
            }
            int ended = 0;
            for (const QString &hash : std::as_const(hashes))
                ended += !live->contains(hash);
            const double all = double(t.nsecsElapsed()) / 1e6;
            if (ended != 0) {
                out << ended << " live logins would have been ended\n";
                return 1;
            }
            answer.push_back(asked);
            check.push_back(all - asked);
            sweep.push_back(all);
        }
        out << "| " << total << " | " << ms(percentile(answer, 50)) << " / "
            << ms(percentile(answer, 99)) << " | " << ms(percentile(check, 50)) << " / "
            << ms(percentile(check, 99)) << " | " << ms(percentile(sweep, 50)) << " / "
            << ms(percentile(sweep, 99)) << " |\n";
        out.flush();
    }
    return 0;
}
