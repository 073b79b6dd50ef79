// The desk measured as agents use it, next to what web agent desks run in: headless Chromium on an
// empty page, measured in the same run.
//  * Start-up: `signet --startup-time` (launch to first painted window, the embedded demo hub
//    included) against `chromium --headless --dump-dom about:blank` (launch to an empty page
//    loaded), each from the moment the process is started to its first line on stdout; the first
//    launch with a fresh profile, then warm launches.
//  * A desk (this process, offscreen) logged in to signet-hub (its own process) with CONVERSATIONS
//    open conversations, one of them MESSAGES long: time to load them all; resident set and PSS
//    once loaded, next to Chromium's whole process tree showing about:blank;
//  * event-to-paint: a customer's message posted to the hub until the desk has painted it in the
//    open conversation (p50/p99 over SAMPLES), in a short conversation and in the long one;
//  * the long transcript: time to open it (select → painted) and the frame time of each scroll
//    step (scroll by 120 px and paint, offscreen).
//   desk_bench --hub PATH --desk PATH --chromium PATH [--conversations 1000]
//              [--messages 100000] [--samples 200] [--starts 5]
#include "BenchSupport.h"
#include "DeskApp.h"
#include "InMemorySecretStore.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "channels/apple/CustomerPage.h"
#include "crypto/PasswordHash.h"
#include "protocol/Codec.h"
#include "settings/DeskSettings.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QListView>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <random>

#include <unistd.h>

using namespace Signet;
using namespace Signet::Bench;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);
const QString kPasswordText = u"bench-desk-password"_s;

QString ms(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

// Launch to the first line on stdout, in ms; -1 on failure.
double firstLineAfterLaunch(const QString &program, const QStringList &arguments,
                            const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return -1;
    double at = -1;
    while (process.state() != QProcess::NotRunning && clock.elapsed() < 60000) {
        process.waitForReadyRead(100);
        if (process.canReadLine()) {
            at = double(clock.nsecsElapsed()) / 1e6;
            break;
        }
    }
    process.terminate();
    if (!process.waitForFinished(10000))
        process.kill();
    process.waitForFinished(5000);
    return at;
}

bool dropPageCache()
{
    QFile drop(u"/proc/sys/vm/drop_caches"_s);
    if (!drop.open(QIODevice::WriteOnly))
        return false;
    ::sync();
    return drop.write("3\n") == 2;
}

struct Seeded
{
    QString bigConversation;
    QStringList smallConversations;
    QByteArray secret;
    QString error;
};

// One agent with CONVERSATIONS open conversations (one message each, and one with MESSAGES),
// written straight into the hub's tables in one transaction.
Seeded seed(const QString &location, int conversations, int messages)
{
    Seeded s;
    {
        Hub::Store schema;
        if (Status opened = schema.open(location); !opened) {
            s.error = opened.error();
            return s;
        }
        if (Status agent =
                schema.upsertAgent(u"bench"_s, u"Bench Agent"_s, u"agent"_s, kPasswordText);
            !agent) {
            s.error = agent.error();
            return s;
        }
        s.secret = schema.hubSecret(u"customer-page"_s).value();
    }
    const QString name = u"desk-seed"_s;
    {
        QSqlDatabase db = rawConnection(location, name);
        QSqlQuery q(db);
        q.exec(u"PRAGMA synchronous=OFF"_s);
        q.exec(u"SELECT id FROM agents WHERE username = 'bench'"_s);
        q.next();
        const QString agentId = q.value(0).toString();
        db.transaction();
        ConversationSeeder seeder(db);
        QSqlQuery event(db);
        event.prepare(u"INSERT INTO events (conv_id, sequence, originator_id, role, server_ts, "
                      "event_json, metadata_json, is_content, chain_hash) VALUES "
                      "(?, ?, ?, ?, ?, ?, '[]', 1, 'bench')"_s);
        auto run = [&s](QSqlQuery &query) {
            if (!query.exec() && s.error.isEmpty())
                s.error = query.lastError().text();
        };
        static const QStringList words{
            u"order"_s,    u"refund"_s, u"delivery"_s, u"card"_s,   u"charged"_s, u"twice"_s,
            u"address"_s,  u"thanks"_s, u"please"_s,   u"check"_s,  u"account"_s, u"tomorrow"_s,
            u"invoice"_s,  u"number"_s, u"could"_s,    u"you"_s,    u"help"_s,    u"with"_s,
            u"the"_s,      u"my"_s,     u"a"_s,        u"is"_s,     u"it"_s,      u"subscription"_s,
            u"password"_s, u"sure"_s,   u"moment"_s,   u"looking"_s};
        std::mt19937 rng(20261122);
        std::uniform_int_distribution<int> length(3, 40);
        std::uniform_int_distribution<qsizetype> pick(0, words.size() - 1);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int c = 0; c < conversations && s.error.isEmpty() && seeder.error.isEmpty(); ++c) {
            const QString customer = u"desk-customer-%1"_s.arg(c);
            const QString convId = u"desk-conv-%1"_s.arg(c);
            seeder.add(convId, customer, u"Customer %1"_s.arg(c),
                       now - qint64(conversations - c) * 1000, agentId);
            const int count = c == 0 ? messages : 1;
            for (int m = 0; m < count; ++m) {
                QStringList text;
                for (int w = length(rng); w > 0; --w)
                    text << words.at(pick(rng));
                Protocol::Event e;
                e.message = text.join(u' ');
                const bool fromCustomer = m % 2 == 0;
                event.addBindValue(convId);
                event.addBindValue(m);
                event.addBindValue(fromCustomer ? customer : agentId);
                event.addBindValue(fromCustomer ? u"CONSUMER"_s : u"ASSIGNED_AGENT"_s);
                event.addBindValue(now - qint64(count - m) * 1000);
                event.addBindValue(QString::fromUtf8(
                    QJsonDocument(Protocol::toJson(e)).toJson(QJsonDocument::Compact)));
                run(event);
            }
            if (c == 0)
                s.bigConversation = convId;
            else
                s.smallConversations << convId;
        }
        if (s.error.isEmpty())
            s.error = seeder.error;
        if (!db.commit() && s.error.isEmpty())
            s.error = db.lastError().text();
    }
    closeRawConnection(name);
    return s;
}

// Watches a view's viewport: once a paint shows the awaited message (its row intersects the
// viewport), the next turn of the event loop (after the paint and the flush) records the time.
class PaintProbe : public QObject
{
public:
    explicit PaintProbe(QListView *view)
        : m_view(view)
    {
        view->viewport()->installEventFilter(this);
    }

    std::function<bool()> awaited; // true when the model holds the message and it is on screen
    qint64 paintedNs = 0;
    QElapsedTimer *clock = nullptr;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && awaited && awaited()) {
            awaited = {};
            QTimer::singleShot(0, this, [this] { paintedNs = clock->nsecsElapsed(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QListView *m_view;
};

bool showsLastRow(QListView *view, const QString &text)
{
    QAbstractItemModel *model = view->model();
    if (!model || model->rowCount() == 0)
        return false;
    const QModelIndex last = model->index(model->rowCount() - 1, 0);
    return last.data(Qt::DisplayRole).toString() == text &&
           view->visualRect(last).intersects(view->viewport()->rect());
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"hub"_s, u"The signet-hub binary."_s, u"path"_s});
    parser.addOption({u"desk"_s, u"The signet binary."_s, u"path"_s});
    parser.addOption({u"chromium"_s, u"The Chromium binary."_s, u"path"_s, u"chromium"_s});
    parser.addOption({u"conversations"_s, u"Open conversations."_s, u"n"_s, u"1000"_s});
    parser.addOption({u"messages"_s, u"Messages in the long conversation."_s, u"n"_s, u"100000"_s});
    parser.addOption({u"samples"_s, u"Event-to-paint samples."_s, u"n"_s, u"200"_s});
    parser.addOption({u"starts"_s, u"Launches of each program."_s, u"n"_s, u"5"_s});
    parser.process(app);
    if (!parser.isSet(u"hub"_s) || !parser.isSet(u"desk"_s)) {
        out << "desk_bench --hub PATH --desk PATH [--chromium PATH]\n";
        return 2;
    }
    giveUpAfter(app, 20, "desk_bench");
    const int conversations = std::max(2, parser.value(u"conversations"_s).toInt());
    const int messages = std::max(1, parser.value(u"messages"_s).toInt());
    const int samples = std::max(1, parser.value(u"samples"_s).toInt());
    const int starts = std::max(2, parser.value(u"starts"_s).toInt());
    const QString chromium = parser.value(u"chromium"_s);
    const QStringList chromiumFlags{u"--headless=new"_s, u"--no-sandbox"_s, u"--disable-gpu"_s,
                                    u"--no-first-run"_s};

    // ---- Start-up, side by side.
    out << "## Start-up: launch to first painted window / empty page loaded (ms)\n";
    const bool cold = dropPageCache();
    out << "(page cache "
        << (cold ? "dropped before each first launch" : "not droppable here: warm") << ")\n";
    QTemporaryDir homes;
    QProcessEnvironment deskEnv = QProcessEnvironment::systemEnvironment();
    for (const char *var : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME",
                            "XDG_RUNTIME_DIR"}) {
        const QString dir = homes.filePath(QLatin1StringView(var));
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        deskEnv.insert(QLatin1StringView(var), dir);
    }
    deskEnv.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    deskEnv.insert(u"QT_LOGGING_RULES"_s, u"*.info=false;*.warning=false"_s);
    deskEnv.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    std::vector<double> deskStarts;
    std::vector<double> chromiumStarts;
    const QString profile = homes.filePath(u"chromium-profile"_s);
    for (int i = 0; i < starts; ++i) {
        if (i == 0 && cold)
            dropPageCache();
        deskStarts.push_back(
            firstLineAfterLaunch(parser.value(u"desk"_s), {u"--startup-time"_s}, deskEnv));
        if (i == 0 && cold)
            dropPageCache();
        chromiumStarts.push_back(
            firstLineAfterLaunch(chromium,
                                 chromiumFlags + QStringList{u"--user-data-dir="_s + profile,
                                                             u"--dump-dom"_s, u"about:blank"_s},
                                 QProcessEnvironment::systemEnvironment()));
    }
    auto warmMedian = [](std::vector<double> v) {
        v.erase(v.begin());
        return v.empty() ? std::nan("") : percentile(v, 50);
    };
    out << "| | first launch | warm launches (median) |\n";
    out << "| Signet desk (embedded hub, demo) | " << ms(deskStarts.front(), 0) << " | "
        << ms(warmMedian(deskStarts), 0) << " |\n";
    out << "| headless Chromium, about:blank | " << ms(chromiumStarts.front(), 0) << " | "
        << ms(warmMedian(chromiumStarts), 0) << " |\n";
    out << "| ratio desk ÷ Chromium | " << ms(deskStarts.front() / chromiumStarts.front(), 2)
        << " | " << ms(warmMedian(deskStarts) / warmMedian(chromiumStarts), 2) << " |\n";
    out.flush();

    // ---- Chromium's memory on an empty page (its whole process tree).
    qint64 chromiumRss = 0;
    qint64 chromiumPss = 0;
    int chromiumProcesses = 0;
    {
        QTemporaryDir chromiumProfile;
        QProcess browser;
        browser.setProcessChannelMode(QProcess::MergedChannels);
        browser.start(chromium, chromiumFlags +
                                    QStringList{u"--user-data-dir="_s + chromiumProfile.path(),
                                                u"--remote-debugging-port=0"_s, u"about:blank"_s});
        // It says where DevTools listen once it is up; then the page has loaded.
        QByteArray said;
        runUntil(
            [&] {
                said += browser.readAll();
                return said.contains("DevTools listening") ||
                       browser.state() == QProcess::NotRunning;
            },
            30000);
        idle(3000);
        const QList<qint64> tree = processTree(browser.processId());
        chromiumProcesses = int(tree.size());
        for (qint64 pid : tree) {
            chromiumRss += std::max<qint64>(0, residentKb(pid));
            chromiumPss += std::max<qint64>(0, proportionalKb(pid));
        }
        browser.terminate();
        if (!browser.waitForFinished(10000))
            browser.kill();
        browser.waitForFinished(5000);
    }

    // ---- The desk on a loaded hub.
    QTemporaryDir dir;
    const QString location = dir.filePath(u"hub.sqlite"_s);
    QElapsedTimer seeding;
    seeding.start();
    const Seeded seeded = seed(location, conversations, messages);
    if (!seeded.error.isEmpty()) {
        out << "seeding failed: " << seeded.error << '\n';
        return 1;
    }
    HubProcess hub;
    if (!hub.start(parser.value(u"hub"_s), location)) {
        out << "the hub did not start\n";
        return 1;
    }
    const qint64 baselineRss = residentKb(QCoreApplication::applicationPid());
    DeskSettings settings(dir.filePath(u"settings.ini"_s));
    settings.setServerUrl(hub.base());
    settings.setServerUser(u"bench"_s);
    settings.setRememberPassword(true);
    InMemorySecretStore secrets;
    bool written = false;
    secrets.write(settings.passwordKey(), Crypto::SecretBytes::copyOf(kPasswordText.toUtf8()),
                  [&written](const Status &) { written = true; });
    runUntil([&] { return written; }, 5000);
    Ui::DeskApp::Options options;
    options.dataDirectory = dir.filePath(u"desk-hub"_s);
    options.stateDirectory = dir.filePath(u"desk-state"_s);
    QElapsedTimer loading;
    loading.start();
    Ui::DeskApp desk(options, &settings, &secrets);
    desk.start();
    desk.window()->resize(1280, 800);
    desk.window()->show();
    const bool loaded = runUntil(
        [&] {
            DeskSession *session = desk.session();
            if (!session || session->conversations()->rowCount() < conversations)
                return false;
            MessageListModel *big = session->messages(seeded.bigConversation);
            if (!big || big->rowCount() < messages)
                return false;
            for (const QString &id : seeded.smallConversations) {
                if (!session->messages(id) || session->messages(id)->rowCount() < 1)
                    return false;
            }
            return true;
        },
        600000);
    if (!loaded) {
        out << "the desk did not load everything\n";
        return 1;
    }
    const double loadMs = double(loading.nsecsElapsed()) / 1e6;
    DeskSession *session = desk.session();
    auto *transcript = desk.window()->findChild<QListView *>(u"transcript"_s);

    // ---- Event-to-paint in a short conversation.
    QElapsedTimer clock;
    clock.start();
    PaintProbe probe(transcript);
    probe.clock = &clock;
    QNetworkAccessManager network;
    auto eventToPaint = [&](const QString &convId, int count) {
        std::vector<double> out;
        desk.window()->selectConversation(convId);
        idle(200);
        const QString path = u"/customer/%1/messages?key=%2"_s.arg(
            convId, QString::fromLatin1(Hub::CustomerPage::linkKey(seeded.secret, convId)));
        for (int i = 0; i < count; ++i) {
            const QString text = u"Paint sample %1 for %2"_s.arg(i).arg(convId);
            probe.paintedNs = 0;
            probe.awaited = [transcript, text] { return showsLastRow(transcript, text); };
            QNetworkRequest request(QUrl(hub.base() + path));
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            const qint64 sent = clock.nsecsElapsed();
            QNetworkReply *reply =
                network.post(request, QJsonDocument(QJsonObject{{"text"_L1, text}}).toJson());
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            if (!runUntil([&] { return probe.paintedNs != 0; }, 10000))
                return std::vector<double>{};
            out.push_back(double(probe.paintedNs - sent) / 1e6);
            idle(20);
        }
        return out;
    };
    const std::vector<double> shortPaints = eventToPaint(seeded.smallConversations.at(1), samples);

    // ---- The long transcript: open, scroll, and a message arriving in it.
    desk.window()->selectConversation(seeded.smallConversations.at(2));
    idle(300);
    probe.paintedNs = 0;
    const QString lastOfBig =
        session->messages(seeded.bigConversation)
            ->data(session->messages(seeded.bigConversation)->index(messages - 1), Qt::DisplayRole)
            .toString();
    probe.awaited = [&] { return showsLastRow(transcript, lastOfBig); };
    const qint64 opening = clock.nsecsElapsed();
    desk.window()->selectConversation(seeded.bigConversation);
    if (!runUntil([&] { return probe.paintedNs != 0; }, 120000)) {
        out << "the long transcript never showed its newest message\n";
        return 1;
    }
    const double openMs = double(probe.paintedNs - opening) / 1e6;
    idle(300);
    std::vector<double> frames;
    QScrollBar *bar = transcript->verticalScrollBar();
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer frame;
        frame.start();
        bar->setValue(bar->value() - 120);
        transcript->viewport()->repaint();
        frames.push_back(double(frame.nsecsElapsed()) / 1e6);
    }
    transcript->scrollToBottom();
    idle(200);
    const std::vector<double> longPaints =
        eventToPaint(seeded.bigConversation, std::max(5, samples / 10));
    const qint64 deskRss = residentKb(QCoreApplication::applicationPid());
    const qint64 deskPss = proportionalKb(QCoreApplication::applicationPid());

    out << "\n## The desk with " << conversations << " open conversations, one of " << messages
        << " messages (SQLite hub in its own process)\n";
    out << "| figure | value |\n";
    out << "| connect and load every conversation and message | " << ms(loadMs, 0) << " ms |\n";
    if (shortPaints.empty() || longPaints.empty()) {
        out << "| event-to-paint | a message was never painted |\n";
        return 1;
    }
    out << "| event-to-paint, short conversation open (p50 / p99, " << shortPaints.size()
        << " messages) | " << ms(percentile(shortPaints, 50), 2) << " / "
        << ms(percentile(shortPaints, 99), 2) << " ms |\n";
    out << "| event-to-paint, " << messages << "-message conversation open (p50 / p99, "
        << longPaints.size() << " messages) | " << ms(percentile(longPaints, 50), 2) << " / "
        << ms(percentile(longPaints, 99), 2) << " ms |\n";
    out << "| open the " << messages << "-message transcript (select → painted) | " << ms(openMs, 0)
        << " ms |\n";
    out << "| scroll step of 120 px, frame time (p50 / p99, 200 steps) | "
        << ms(percentile(frames, 50), 2) << " / " << ms(percentile(frames, 99), 2) << " ms |\n";
    out << "\n## Memory: the loaded desk vs Chromium on an empty page\n";
    out << "| | resident set | proportional set (PSS) |\n";
    out << "| Signet desk, everything above loaded (this process) | " << deskRss / 1024 << " MiB | "
        << deskPss / 1024 << " MiB |\n";
    out << "| … of which before the desk started (Qt, the benchmark) | " << baselineRss / 1024
        << " MiB | |\n";
    out << "| headless Chromium, about:blank (" << chromiumProcesses << " processes) | "
        << chromiumRss / 1024 << " MiB | " << chromiumPss / 1024 << " MiB |\n";
    out << "| ratio desk ÷ Chromium | " << ms(double(deskRss) / double(chromiumRss), 2) << " | "
        << ms(double(deskPss) / double(chromiumPss), 2) << " |\n";
    out.flush();
    return 0;
}
