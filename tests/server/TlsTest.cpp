// TLS between desks and the hub: the hub serves https:// and wss:// with a certificate it is given
// or one it makes itself; desks verify certificates against the system's CAs by default, accept a
// certificate no CA vouches for only when its fingerprint is pinned, refuse every other one with
// a message that says what to check, and a pin beats the CAs. The hub refuses plain HTTP where
// other machines can reach it.
#include "HubCommandLine.h"
#include "TestHub.h"
#include "crypto/SelfSignedCertificate.h"
#include "protocol/MessageTypes.h"
#include "tls/HubTls.h"
#include "transport/AgentConnection.h"
#include "transport/CertificatePin.h"

#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 15000;

// The desk's connection to a hub, as the agent would open it (address, optional pin).
struct Desk
{
    AgentConnection connection;

    Desk(TestHub &hub, const QString &host, const QByteArray &pin = {})
    {
        (void)hub.addUser(u"ana"_s, kPassword);
        ServerEndpoint e = hub.endpoint(u"ana"_s);
        e.baseUrl.setHost(host);
        e.certificatePin = pin;
        ReconnectPolicy fast;
        fast.initialDelayMs = 50;
        fast.maxDelayMs = 200;
        connection.setReconnectPolicy(fast);
        connection.open(e, kPassword);
    }

    // Online, or given up (Offline: a refusal is not retried).
    bool settled()
    {
        return QTest::qWaitFor(
            [this] {
                return connection.state() == AgentConnection::State::Online ||
                       connection.state() == AgentConnection::State::Offline;
            },
            kWait);
    }
};

// Trusts a certificate as a CA would, for the scope of one test.
struct TrustedCa
{
    QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    explicit TrustedCa(const QSslCertificate &ca)
    {
        QSslConfiguration trusting = saved;
        trusting.addCaCertificate(ca);
        QSslConfiguration::setDefaultConfiguration(trusting);
    }
    ~TrustedCa() { QSslConfiguration::setDefaultConfiguration(saved); }
};

QSslCertificate certificateIn(const QString &directory)
{
    return QSslCertificate::fromPath(directory + u"/hub-cert.pem"_s).value(0);
}
} // namespace

class TlsTest : public QObject
{
    Q_OBJECT
private slots:
    void theSelfSignedCertificateIsMadeOnceAndKept()
    {
        QTemporaryDir dir;
        Result<HubTls> first = HubTls::selfSigned(dir.path(), {u"hub.example"_s, u"127.0.0.1"_s});
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const QSslCertificate cert = certificateIn(dir.path());
        QCOMPARE(first->fingerprint, CertificatePin::textOf(cert));
        QVERIFY(first->fingerprint.startsWith(u"SHA256:"_s));
        QCOMPARE(cert.subjectAlternativeNames().values(QSsl::DnsEntry),
                 QStringList{u"hub.example"_s});
        QCOMPARE(cert.subjectAlternativeNames().values(QSsl::IpAddressEntry),
                 QStringList{u"127.0.0.1"_s});
        // The key is the owner's alone.
        QCOMPARE(QFile(dir.filePath(u"hub-key.pem"_s)).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                      QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        // The next start keeps it (desks have pinned it); a new name needs a new one.
        Result<HubTls> again = HubTls::selfSigned(dir.path(), {u"127.0.0.1"_s});
        QCOMPARE(again->fingerprint, first->fingerprint);
        Result<HubTls> renamed = HubTls::selfSigned(dir.path(), {u"other.example"_s});
        QVERIFY(renamed.ok());
        QVERIFY(renamed->fingerprint != first->fingerprint);
        // A damaged key is replaced, not served.
        QFile key(dir.filePath(u"hub-key.pem"_s));
        QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
        key.write("-----BEGIN PRIVATE KEY-----\ngarbage\n-----END PRIVATE KEY-----\n");
        key.close();
        Result<HubTls> repaired = HubTls::selfSigned(dir.path(), {u"other.example"_s});
        QVERIFY2(repaired.ok(), qPrintable(repaired.error()));
        QVERIFY(repaired->fingerprint != renamed->fingerprint);
    }

    void badKeyFilesAreRefusedWithTheReason()
    {
        QTemporaryDir dir;
        QVERIFY(HubTls::selfSigned(dir.path(), {u"127.0.0.1"_s}).ok());
        const QString cert = dir.filePath(u"hub-cert.pem"_s);
        const QString key = dir.filePath(u"hub-key.pem"_s);
        QVERIFY(HubTls::load(cert, key).ok());

        QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ReadGroup | QFileDevice::ReadOther);
        Result<HubTls> readable = HubTls::load(cert, key);
        QVERIFY(!readable);
        QVERIFY2(readable.error().contains(u"chmod 600"_s), qPrintable(readable.error()));
        // The self-signed pair is not replaced behind the administrator's back either.
        Result<HubTls> kept = HubTls::selfSigned(dir.path(), {u"127.0.0.1"_s});
        QVERIFY(!kept);
        QVERIFY2(kept.error().contains(u"chmod 600"_s), qPrintable(kept.error()));
        QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // Another certificate's key.
        QTemporaryDir other;
        QVERIFY(HubTls::selfSigned(other.path(), {u"127.0.0.1"_s}).ok());
        Result<HubTls> mismatched = HubTls::load(cert, other.filePath(u"hub-key.pem"_s));
        QVERIFY(!mismatched);
        QVERIFY2(mismatched.error().contains(u"does not belong to the certificate"_s),
                 qPrintable(mismatched.error()));
        Result<HubTls> noCertificate = HubTls::load(key, key);
        QVERIFY(!noCertificate);
        QVERIFY2(noCertificate.error().contains(u"no PEM certificate"_s),
                 qPrintable(noCertificate.error()));
        QVERIFY(!HubTls::load(cert, dir.filePath(u"missing.pem"_s)));
    }

    void fingerprintsParseInTheFormsPeopleCopy()
    {
        QTemporaryDir dir;
        Result<HubTls> tls = HubTls::selfSigned(dir.path(), {u"127.0.0.1"_s});
        const QByteArray digest = CertificatePin::of(certificateIn(dir.path()));
        QCOMPARE(CertificatePin::parse(tls->fingerprint).value(), digest);
        QCOMPARE(CertificatePin::parse(QString::fromLatin1(digest.toHex())).value(), digest);
        QCOMPARE(CertificatePin::parse(u"  sha256:"_s + tls->fingerprint.mid(7).toLower()).value(),
                 digest);
        QVERIFY(!CertificatePin::parse(u"SHA256:AB:CD"_s));
        QVERIFY(!CertificatePin::parse(tls->fingerprint + u":00"_s));
        QVERIFY(!CertificatePin::parse(u"not a fingerprint"_s));
    }

    void aDeskRefusesAnUntrustedCertificateUnlessItIsPinned()
    {
        QTemporaryDir dir;
        Result<HubTls> tls = HubTls::selfSigned(dir.path(), {u"127.0.0.1"_s, u"localhost"_s});
        QVERIFY(tls.ok());
        TestHub hub(false, 0.01, tls.value());
        QVERIFY2(hub.ok(), qPrintable(hub.error()));
        QVERIFY(hub.hub().baseUrl().startsWith(u"https://"_s));
        const QByteArray pin = CertificatePin::of(certificateIn(dir.path()));

        // No CA vouches for it and nothing is pinned: refused, with the fingerprint to check,
        // and not retried.
        Desk unpinned(hub, u"127.0.0.1"_s);
        QVERIFY(unpinned.settled());
        QCOMPARE(unpinned.connection.state(), AgentConnection::State::Offline);
        const QString why = unpinned.connection.offlineReason();
        QVERIFY2(why.contains(u"is not trusted"_s) && why.contains(tls->fingerprint),
                 qPrintable(why));

        // Pinned: online over wss://, and requests work.
        Desk pinned(hub, u"127.0.0.1"_s, pin);
        QVERIFY(pinned.settled());
        QCOMPARE(pinned.connection.state(), AgentConnection::State::Online);
        std::optional<Result<Protocol::Envelope>> clock;
        pinned.connection.request(Protocol::Types::GetClock, QJsonObject{}, &pinned.connection,
                                  [&clock](const Result<Protocol::Envelope> &r) { clock = r; });
        QVERIFY(QTest::qWaitFor([&clock] { return clock.has_value(); }, kWait));
        QVERIFY(clock->ok());

        // Another pin: refused, saying which certificate was shown.
        QByteArray wrong = pin;
        wrong[0] = static_cast<char>(wrong[0] ^ 0xff);
        Desk mispinned(hub, u"127.0.0.1"_s, wrong);
        QVERIFY(mispinned.settled());
        QCOMPARE(mispinned.connection.state(), AgentConnection::State::Offline);
        QVERIFY2(mispinned.connection.offlineReason().contains(u"different certificate"_s),
                 qPrintable(mispinned.connection.offlineReason()));

        // Browsers are told to stay on https (HSTS) by every answer of a hub that serves TLS.
        QNetworkAccessManager browser;
        QNetworkRequest discovery(
            QUrl(hub.hub().baseUrl() + u"/.well-known/openid-configuration"_s));
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.setCaCertificates({QSslCertificate(certificateIn(dir.path()))});
        discovery.setSslConfiguration(trusting);
        QNetworkReply *reply = browser.get(discovery);
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, kWait));
        reply->deleteLater();
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QVERIFY(reply->rawHeader("Strict-Transport-Security").startsWith("max-age="));
    }

    // The desk's other way in: a LivePerson-style account, by account ID and discovery domain
    // (here a hub on account 12345678 reached as localhost:port, its certificate pinned).
    void aDeskReachesALivePersonStyleAccountByItsDiscoveryDomain()
    {
        QTemporaryDir dir;
        Result<HubTls> tls = HubTls::selfSigned(dir.path(), {u"127.0.0.1"_s, u"localhost"_s});
        QVERIFY(tls.ok());
        TestHub hub(TestHub::Configure([&tls](HubOptions &o) {
            o.tls = tls.value();
            o.account = u"12345678"_s;
        }));
        QVERIFY2(hub.ok(), qPrintable(hub.error()));
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        const QUrl base(hub.hub().baseUrl());
        auto connectAs = [&](const QString &account, AgentConnection &connection) {
            ServerEndpoint e;
            e.kind = ServerEndpoint::Kind::LivePersonAccount;
            e.baseUrl = ServerEndpoint::discoveryUrl(u"localhost:%1"_s.arg(base.port()));
            e.account = account;
            e.username = u"ana"_s;
            e.certificatePin = CertificatePin::of(certificateIn(dir.path()));
            connection.open(e, kPassword);
            return QTest::qWaitFor(
                [&connection] {
                    return connection.state() == AgentConnection::State::Online ||
                           connection.state() == AgentConnection::State::Offline ||
                           connection.state() == AgentConnection::State::Reconnecting;
                },
                kWait);
        };
        AgentConnection desk;
        QVERIFY(connectAs(u"12345678"_s, desk));
        QCOMPARE(desk.state(), AgentConnection::State::Online);
        QCOMPARE(desk.login().userId, hub.hub().store().agentByName(u"ana"_s)->id);

        // Another account at the same domain is not there: said so.
        AgentConnection elsewhere;
        QVERIFY(connectAs(u"87654321"_s, elsewhere));
        QVERIFY(elsewhere.state() != AgentConnection::State::Online);
        QVERIFY2(elsewhere.offlineReason().contains(u"account"_s, Qt::CaseInsensitive),
                 qPrintable(elsewhere.offlineReason()));
        elsewhere.close();
    }

    void aDeskTrustsWhatTheCasVouchForUnlessAPinSaysOtherwise()
    {
        QTemporaryDir dir;
        // A certificate for 127.0.0.1 only, trusted as a CA would trust it.
        Result<HubTls> tls = HubTls::selfSigned(dir.path(), {u"127.0.0.1"_s});
        QVERIFY(tls.ok());
        TestHub hub(false, 0.01, tls.value());
        QVERIFY(hub.ok());
        TrustedCa trusted(certificateIn(dir.path()));

        Desk verified(hub, u"127.0.0.1"_s);
        QVERIFY(verified.settled());
        QCOMPARE(verified.connection.state(), AgentConnection::State::Online);

        // The name must match: "localhost" is not in the certificate.
        Desk wrongName(hub, u"localhost"_s);
        QVERIFY(wrongName.settled());
        QCOMPARE(wrongName.connection.state(), AgentConnection::State::Offline);
        QVERIFY2(wrongName.connection.offlineReason().contains(u"is not trusted"_s),
                 qPrintable(wrongName.connection.offlineReason()));

        // A pin is stricter than the CAs: a trusted certificate that is not the pinned one is
        // refused.
        QByteArray other(32, 'x');
        Desk pinnedElsewhere(hub, u"127.0.0.1"_s, other);
        QVERIFY(pinnedElsewhere.settled());
        QCOMPARE(pinnedElsewhere.connection.state(), AgentConnection::State::Offline);
        QVERIFY2(pinnedElsewhere.connection.offlineReason().contains(u"different certificate"_s),
                 qPrintable(pinnedElsewhere.connection.offlineReason()));
    }

    void theHubRefusesPlainHttpWhereOtherMachinesReachIt()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"hub.sqlite"_s);
        auto run = [&](QStringList arguments) {
            arguments.prepend(u"signet-hub"_s);
            return runHubCommandLine(arguments, stdin);
        };
        QCOMPARE(run({u"--listen"_s, u"0.0.0.0:0"_s, u"--db"_s, db}), 2);
        QCOMPARE(run({u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, db, u"--tls-cert"_s,
                      dir.filePath(u"missing.pem"_s)}),
                 2); // a certificate without its key
        QCOMPARE(run({u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, db, u"--tls-self-signed"_s,
                      u"--public-url"_s, u"http://hub.example.com"_s}),
                 2); // says http, serves https
    }
};

QTEST_GUILESS_MAIN(TlsTest)
#include "TlsTest.moc"
