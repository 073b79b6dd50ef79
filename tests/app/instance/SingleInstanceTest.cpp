// One desk per user and state directory: the first launch is primary, a later one hands its links
// over and is told so; a primary that crashed leaves a lock that is recognised as stale; what
// arrives on the socket that is not a launch's message is dropped; different state directories
// are different desks. And signet:// links parsed strictly.
#include "instance/SingleInstance.h"
#include "instance/DeskLink.h"

#include "Await.h"

#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Signet;
using namespace Signet::Test;
using namespace Qt::StringLiterals;
using Role = SingleInstance::Role;

namespace {
// A later launch runs in its own process; here, on another thread (its start() blocks while the
// primary, on this thread, must answer).
Result<Role> launchAgain(const QString &key, const QStringList &arguments)
{
    std::optional<Result<Role>> out;
    QThread thread;
    QObject::connect(&thread, &QThread::started, [&] {
        SingleInstance again(key);
        out.emplace(again.start(arguments, 5000));
        thread.quit();
    });
    thread.start();
    spinUntil([&] { return thread.isFinished(); }, 10000);
    thread.wait();
    return out ? *out : fail(u"the second launch never finished"_s);
}
} // namespace

class SingleInstanceTest : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        // Every test in its own runtime directory, as each user has one.
        QVERIFY(m_runtime.isValid());
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toUtf8());
        QFile::setPermissions(m_runtime.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void aSecondLaunchHandsItsLinksToTheFirst()
    {
        SingleInstance first(u"/home/ana/.local/share/Signet/signet"_s);
        Result<Role> role = first.start({});
        QVERIFY2(role.ok(), qPrintable(role.ok() ? QString() : role.error()));
        QCOMPARE(role.value(), Role::Primary);
        QVERIFY(first.socketPath().startsWith(m_runtime.path()));
        QSignalSpy received(&first, &SingleInstance::argumentsReceived);

        const QStringList links{u"signet://conversation/abc-123"_s};
        Result<Role> second = launchAgain(u"/home/ana/.local/share/Signet/signet"_s, links);
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error()));
        QCOMPARE(second.value(), Role::Secondary);
        QVERIFY(spinUntil([&] { return received.size() == 1; }, 5000));
        QCOMPARE(received.at(0).at(0).toStringList(), links);

        // With nothing to hand over: bring the window forward (an empty list).
        QCOMPARE(launchAgain(u"/home/ana/.local/share/Signet/signet"_s, {}).value(),
                 Role::Secondary);
        QVERIFY(spinUntil([&] { return received.size() == 2; }, 5000));
        QVERIFY(received.at(1).at(0).toStringList().isEmpty());
    }

    void anotherStateDirectoryIsAnotherDesk()
    {
        SingleInstance first(u"/state/one"_s);
        QCOMPARE(first.start({}).value(), Role::Primary);
        SingleInstance other(u"/state/two"_s);
        QCOMPARE(other.start({}).value(), Role::Primary);
        QVERIFY(first.socketPath() != other.socketPath());
    }

    void theNextLaunchAfterTheFirstQuitIsPrimary()
    {
        {
            SingleInstance first(u"key"_s);
            QCOMPARE(first.start({}).value(), Role::Primary);
        }
        SingleInstance next(u"key"_s);
        QCOMPARE(next.start({}).value(), Role::Primary);
    }

    void aCrashedPrimarysLockIsStale()
    {
        SingleInstance probe(u"crashed"_s);
        // What a killed desk leaves: a lock naming a process that is gone, and its socket file.
        QFile lock(probe.lockPath());
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("999999\nsignet\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        QFile socket(probe.socketPath());
        QVERIFY(socket.open(QIODevice::WriteOnly));
        socket.close();

        SingleInstance next(u"crashed"_s);
        Result<Role> role = next.start({});
        QVERIFY2(role.ok(), qPrintable(role.ok() ? QString() : role.error()));
        QCOMPARE(role.value(), Role::Primary);
        QCOMPARE(launchAgain(u"crashed"_s, {}).value(), Role::Secondary);
    }

    void whatIsNotALaunchsMessageIsDropped()
    {
        SingleInstance first(u"key"_s);
        QCOMPARE(first.start({}).value(), Role::Primary);
        QSignalSpy received(&first, &SingleInstance::argumentsReceived);
        const QList<QByteArray> junk{
            "hello\n",
            "{\"signet\":2,\"arguments\":[]}\n",
            "{\"signet\":1,\"arguments\":\"signet://conversation/x\"}\n",
            "{\"signet\":1,\"arguments\":[1,2]}\n",
            QByteArray(SingleInstance::kMaxMessage + 10, 'x'),
        };
        for (const QByteArray &bytes : junk) {
            QLocalSocket socket;
            socket.connectToServer(first.socketPath());
            QVERIFY(socket.waitForConnected(2000));
            socket.write(bytes);
            socket.flush();
            // The primary hangs up without an answer.
            QVERIFY(
                spinUntil([&] { return socket.state() == QLocalSocket::UnconnectedState; }, 5000));
            QVERIFY(!socket.readAll().contains("ok"));
        }
        QCOMPARE(received.size(), 0);
        // And it still serves a real launch.
        QCOMPARE(launchAgain(u"key"_s, {u"signet://conversation/a"_s}).value(), Role::Secondary);
        QVERIFY(spinUntil([&] { return received.size() == 1; }, 5000));
    }

    void linksAreParsedStrictly()
    {
        QCOMPARE(DeskLink::conversation(QUrl(u"signet://conversation/abc-123"_s)).value(),
                 u"abc-123"_s);
        QCOMPARE(DeskLink::conversation(QUrl(u"signet://conversation/abc-123/"_s)).value(),
                 u"abc-123"_s);
        const QString uuid = u"12f59f3d-2a5a-4a51-b043-1e2deffd3cca"_s;
        QCOMPARE(DeskLink::conversation(DeskLink::forConversation(uuid)).value(), uuid);
        QCOMPARE(DeskLink::forConversation(uuid).toString(), u"signet://conversation/"_s + uuid);
        for (const QString &bad :
             {u"https://conversation/abc"_s, u"signet://review/abc"_s, u"signet://conversation/"_s,
              u"signet://conversation/a/b"_s, u"signet://conversation/a?x=1"_s,
              u"signet://conversation/a#f"_s, u"signet://user@conversation/a"_s,
              u"signet://conversation:81/a"_s, u"signet://conversation/a%20b"_s,
              u"signet://conversation/%3Cscript%3E"_s,
              QString(u"signet://conversation/"_s + QString(DeskLink::kMaxIdLength + 1, u'a')),
              u"not a url at all"_s}) {
            const Result<QString> r = DeskLink::conversation(QUrl(bad));
            QVERIFY2(!r.ok(), qPrintable(bad));
            QVERIFY(!r.error().isEmpty());
        }
    }

private:
    QTemporaryDir m_runtime;
};

QTEST_GUILESS_MAIN(SingleInstanceTest)
#include "SingleInstanceTest.moc"
