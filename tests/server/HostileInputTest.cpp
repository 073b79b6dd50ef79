// The hostile-input catalogue: what a network, a modified desk or a forged customer answer can
// send, each with the specific error it must get. The hub's part
// (tests/data/hostile/hub-frames.json, 72 frames: malformed frames, wrong types, huge numbers, deep
// JSON, invalid UTF-8, oversized fields, metadata and frames, hostile sign-in requests and identity
// reports) goes through a raw WebSocket; the desk's part (19 answers to sign-in requests: tampered,
// truncated, replayed, for another conversation, on the wrong curve, not Base64, malformed) comes
// from the customer's side. Afterwards the hub still serves, the desk still shows what customers
// write, and nothing was stored or lost on the way.
#include "AuthFixtures.h"
#include "RawClient.h"
#include "SignInWorld.h"
#include "TestData.h"
#include "TestDesk.h"
#include "TestHub.h"
#include "crypto/AppleTokenCipher.h"
#include "crypto/EcKeyPair.h"
#include "protocol/Codec.h"

#include <QJsonArray>
#include <QMutex>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Protocol;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 15000;

// The hub's warnings, for frames it cannot answer (no id to answer to).
QStringList g_warnings;
QMutex g_warningsLock;
QtMessageHandler g_previousHandler = nullptr;

void captureWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg) {
        QMutexLocker lock(&g_warningsLock);
        g_warnings << message;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QString lastWarnings(qsizetype from)
{
    QMutexLocker lock(&g_warningsLock);
    return g_warnings.mid(from).join(u'\n');
}

qsizetype warningCount()
{
    QMutexLocker lock(&g_warningsLock);
    return g_warnings.size();
}

// A WebSocket spoken by hand over TCP, to send what QWebSocket never would: a text frame whose
// bytes are not UTF-8. Gives the close code the server answers with (0: none).
int sendRawTextFrame(quint16 port, const QString &pathAndQuery, const QByteArray &payload)
{
    QTcpSocket tcp;
    tcp.connectToHost(QHostAddress::LocalHost, port);
    if (!tcp.waitForConnected(kWait))
        return 0;
    const QByteArray key = QByteArray("signet-hostile-1").toBase64();
    tcp.write("GET " + pathAndQuery.toUtf8() +
              " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: " +
              key + "\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QByteArray handshake;
    if (!spinUntil(
            [&] {
                handshake += tcp.readAll();
                return handshake.contains("\r\n\r\n");
            },
            kWait) ||
        !handshake.startsWith("HTTP/1.1 101"))
        return 0;
    // One final text frame, masked as a client must.
    QByteArray frame;
    frame.append(char(0x81));
    frame.append(char(0x80 | payload.size())); // payload < 126 bytes
    const QByteArray mask("\x11\x22\x33\x44", 4);
    frame.append(mask);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ mask.at(i % 4)));
    tcp.write(frame);
    QByteArray answer = handshake.mid(handshake.indexOf("\r\n\r\n") + 4);
    spinUntil(
        [&] {
            answer += tcp.readAll();
            return answer.size() >= 4 || tcp.state() != QAbstractSocket::ConnectedState;
        },
        kWait);
    if (answer.size() < 4 || (quint8(answer.at(0)) & 0x0F) != 0x8)
        return 0;
    return (quint8(answer.at(2)) << 8) | quint8(answer.at(3));
}

QString deepObject(int depth)
{
    QString out;
    for (int i = 0; i < depth; ++i)
        out += u"{\"a\":"_s;
    out += u'1';
    for (int i = 0; i < depth; ++i)
        out += u'}';
    return out;
}

// The desk's side of the answers: a SignInWorld whose desk decrypts and verifies.
class World : public SignInWorld
{
public:
    World() { bindResponses(); }
};

QString encryptTo(const QString &publicKey, const QByteArray &token)
{
    return QString::fromLatin1(Crypto::AppleTokenCipher::encrypt(publicKey, token).value());
}

} // namespace

class HostileInputTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { g_previousHandler = qInstallMessageHandler(captureWarnings); }
    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void theHubAnswersEveryHostileFrameWithItsError()
    {
        TestHub hub;
        QVERIFY(hub.ok() && hub.addUser(u"ana"_s, kPassword));
        const QString maya = hub.startCustomer(u"maya"_s, u"Maya"_s, u"I was charged twice."_s);
        const QString lee = hub.startCustomer(u"lee"_s, u"Lee"_s, u"Where is my parcel?"_s);
        QVERIFY(hub.hub().assign(maya, hub.hub().store().agentByName(u"ana"_s)->id).ok());
        // Ana's own desk stays open through all of it.
        TestDesk desk(hub, u"ana"_s);
        QVERIFY(desk.online());
        QTRY_VERIFY_WITH_TIMEOUT(
            desk.session->messages(maya) && desk.session->messages(maya)->rowCount() == 1, kWait);
        const qsizetype storedBefore = hub.hub().store().events(maya, -1, 1000).size();

        const Crypto::EcKeyPair key = Crypto::EcKeyPair::generate().value();
        const QByteArray point = QByteArray::fromBase64(key.publicKeyBase64().toLatin1());
        const QString compressed =
            QString::fromLatin1(QByteArray(QByteArray(1, '\x02') + point.mid(1, 48)).toBase64());
        const QString offCurve = QString::fromLatin1(
            QByteArray(QByteArray(1, '\x04') + QByteArray(96, '\x01')).toBase64());

        const QJsonArray catalogue =
            QJsonDocument::fromJson(readData(u"hostile/hub-frames.json"_s)).array();
        QVERIFY(catalogue.size() >= 50);
        RawClient client(hub, u"ana"_s);
        QVERIFY(client.connected());
        int answered = 0, logged = 0, closed = 0;
        for (const QJsonValue &v : catalogue) {
            const QJsonObject entry = v.toObject();
            const QString name =
                entry.value("category"_L1).toString() + u": "_s + entry.value("name"_L1).toString();
            QString frame = entry.value("frame"_L1).toString();
            frame.replace(u"$MAYA"_s, maya)
                .replace(u"$LEE"_s, lee)
                .replace(u"$KEY_COMPRESSED"_s, compressed)
                .replace(u"$KEY_OFF_CURVE"_s, offCurve)
                .replace(u"$KEY"_s, key.publicKeyBase64())
                .replace(u"$LONG_70000"_s, QString(70000, u'a'))
                .replace(u"$LONG_10000"_s, QString(10000, u'a'))
                .replace(u"$LONG_5000"_s, QString(5000, u'a'))
                .replace(u"$DEEP_ARRAY_2000"_s, QString(2000, u'[') + QString(2000, u']'))
                .replace(u"$DEEP_OBJECT_40"_s, deepObject(40));
            const QString says = entry.value("says"_L1).toString();

            if (entry.contains("closes"_L1)) {
                // Frames the WebSocket layer refuses: the connection is closed with its code.
                const int expected = entry.value("closes"_L1).toInt();
                int code = 0;
                if (frame == u"$INVALID_UTF8"_s) {
                    const QUrl url = hub.webSocketUrl(hub.loginBearer(u"ana"_s, kPassword));
                    code = sendRawTextFrame(hub.hub().port(), url.path(QUrl::FullyEncoded),
                                            QByteArray("{\"kind\":\"req\",\"id\":\"\xC3\x28\"}"));
                } else {
                    RawClient victim(hub, u"ana"_s);
                    QVERIFY2(victim.connected(), qPrintable(name));
                    if (frame == u"$BINARY"_s)
                        victim.socket().sendBinaryMessage(QByteArray("\x00\x01\x02", 3));
                    else
                        victim.socket().sendTextMessage(
                            QString(5 * 1024 * 1024, u'x')); // $FRAME_5MIB
                    QVERIFY2(spinUntil([&] { return !victim.connected(); }, kWait),
                             qPrintable(name));
                    code = victim.closeCode();
                    QVERIFY2(victim.closeReason().contains(says), qPrintable(name));
                }
                QVERIFY2(code == expected, qPrintable(u"%1: closed with %2"_s.arg(name).arg(code)));
                ++closed;
                continue;
            }

            const qsizetype warningsBefore = warningCount();
            const QString id =
                QJsonDocument::fromJson(frame.toUtf8()).object().value("id"_L1).toString();
            if (entry.contains("code"_L1)) {
                QVERIFY2(!id.isEmpty(), qPrintable(name));
                const RawAnswer got = client.send(frame.toUtf8(), id);
                QVERIFY2(got.code == entry.value("code"_L1).toInt() && got.message().contains(says),
                         qPrintable(u"%1: %2 %3"_s.arg(name).arg(got.code).arg(got.message())));
                qInfo("%s → %d %s", qPrintable(name), got.code, qPrintable(got.message()));
                ++answered;
            } else {
                // Nothing to answer to: the hub says why in its log and carries on.
                client.socket().sendTextMessage(frame);
                const QString logs = entry.value("logs"_L1).toString();
                QVERIFY2(
                    spinUntil([&] { return lastWarnings(warningsBefore).contains(logs); }, kWait),
                    qPrintable(u"%1: %2"_s.arg(name, lastWarnings(warningsBefore))));
                ++logged;
            }
            QVERIFY2(client.connected(), qPrintable(name + u": the hub hung up"_s));
        }
        qInfo("hostile frames: %d answered with their error, %d logged (no id to answer), %d "
              "closed by the WebSocket layer",
              answered, logged, closed);
        QCOMPARE(answered + logged + closed, catalogue.size());

        // The hub still answers, nothing hostile was stored, and the desk still sees customers.
        QCOMPARE(client.request(u".GetClock"_s, QJsonObject{}).code, 200);
        QCOMPARE(hub.hub().store().events(maya, -1, 1000).size(), storedBefore);
        QVERIFY(hub.hub().consumerSend(maya, u"Still there?"_s).ok());
        QTRY_COMPARE_WITH_TIMEOUT(desk.session->messages(maya)->rowCount(), 2, kWait);
        QCOMPARE(desk.connection->state(), AgentConnection::State::Online);
    }

    void theDeskRefusesEveryHostileSignInAnswerWithItsReason()
    {
        World w;
        QVERIFY(w.online());
        const QString convId = w.acceptedConversation(u"17.4"_s, u"c-h"_s);
        QVERIFY(!convId.isEmpty());
        using State = Auth::AuthTracker::State;
        const Crypto::EcKeyPair other = Crypto::EcKeyPair::generate().value();
        const Crypto::EcKeyPair p256 = Crypto::EcKeyPair::generate(Crypto::Curve::P256).value();

        // Answers that settle a request as failed, each on a request of its own.
        struct Failing
        {
            QString name;
            std::function<QJsonObject(const QString &requestId, const QString &key)> make;
            QString reason;
        };
        const QList<Failing> failing{
            {u"tampered"_s,
             [](const QString &id, const QString &key) {
                 QByteArray raw = QByteArray::fromBase64(encryptTo(key, "t").toLatin1());
                 raw[raw.size() - 5] = char(raw[raw.size() - 5] ^ 0x20);
                 return authAnswer(id, QString::fromLatin1(raw.toBase64()));
             },
             u"tampered"_s},
            {u"truncated"_s,
             [](const QString &id, const QString &key) {
                 return authAnswer(
                     id, QString::fromLatin1(QByteArray::fromBase64(encryptTo(key, "t").toLatin1())
                                                 .left(60)
                                                 .toBase64()));
             },
             u"truncated"_s},
            {u"not Base64"_s,
             [](const QString &id, const QString &) {
                 return authAnswer(id, u"%%%not base64%%%"_s);
             },
             u"not valid Base64"_s},
            {u"encrypted on the wrong curve"_s,
             [&](const QString &id, const QString &) {
                 return authAnswer(id, encryptTo(p256.publicKeyBase64(), "t"));
             },
             u"another curve"_s},
            {u"encrypted to another key"_s,
             [&](const QString &id, const QString &) {
                 return authAnswer(id, encryptTo(other.publicKeyBase64(), "t"));
             },
             u"integrity check"_s},
            {u"an empty token"_s,
             [](const QString &id, const QString &) { return authAnswer(id, u""_s); },
             u"The token is empty."_s},
            {u"a 3 MiB token"_s,
             [](const QString &id, const QString &) {
                 return authAnswer(id, QString(3 * 1024 * 1024, u'A'));
             },
             u"far larger"_s},
            {u"a compressed ephemeral key"_s,
             [](const QString &id, const QString &) {
                 return authAnswer(
                     id,
                     QString::fromLatin1(
                         QByteArray(QByteArray(1, '\x02') + QByteArray(140, '\x07')).toBase64()));
             },
             u"uncompressed"_s},
            {u"an ephemeral key off the curve"_s,
             [](const QString &id, const QString &) {
                 return authAnswer(
                     id,
                     QString::fromLatin1(
                         QByteArray(QByteArray(1, '\x04') + QByteArray(140, '\x01')).toBase64()));
             },
             u"not a point on the curve"_s},
            {u"a status that is a string"_s,
             [](const QString &id, const QString &key) {
                 QJsonObject a = authAnswer(id, encryptTo(key, "t"));
                 a.insert("status"_L1, u"true"_s);
                 return a;
             },
             u"status is not true or false"_s},
            {u"a token that is a number"_s,
             [](const QString &id, const QString &) { return authAnswer(id, 12345); },
             u"token is not a string"_s},
            {u"a token sent unencrypted"_s,
             [](const QString &id, const QString &) {
                 QJsonObject a = authAnswer(id, u"plain-access-token"_s);
                 a.insert("encrypted"_L1, false);
                 return a;
             },
             u"not encrypted"_s},
            {u"a well-encrypted forged token"_s,
             [](const QString &id, const QString &key) {
                 return authAnswer(id, encryptTo(key, "forged-token"));
             },
             u"Token rejected by provider: it does not know this token"_s},
            {u"the customer gave up"_s,
             [](const QString &id, const QString &) {
                 return QJsonObject{
                     {"type"_L1, "ConnectorAuthenticationResponse"_L1},
                     {"status"_L1, false},
                     {"requestIdentifier"_L1, id},
                     {"errors"_L1,
                      QJsonArray{QJsonObject{{"message"_L1, u"The customer cancelled"_s}}}}};
             },
             u"Authentication failed: The customer cancelled"_s},
        };
        QString settled;
        int answers = 0;
        for (const Failing &f : failing) {
            const QString requestId = w.request(convId);
            QVERIFY2(!requestId.isEmpty(), qPrintable(f.name));
            w.consumerAnswers(convId, f.make(requestId, w.keyRing.key(requestId)->publicKey));
            ++answers;
            QTRY_COMPARE_WITH_TIMEOUT(w.tracker.request(requestId)->state, State::Failed, kWait);
            const QString reason = w.tracker.request(requestId)->reason;
            QVERIFY2(reason.contains(f.reason), qPrintable(f.name + u": "_s + reason));
            settled = requestId;
        }

        // Answers that are refused without touching any request.
        const QString convB = w.acceptedConversation(u"17.4"_s, u"c-h2"_s);
        QVERIFY(!convB.isEmpty());
        const QString pendingInB = w.request(convB);
        QVERIFY(!pendingInB.isEmpty());
        QSignalSpy refused(w.binder.get(), &Auth::AuthResponseBinder::refused);
        struct Refused
        {
            QString name;
            QString conversation;
            QJsonObject response;
            QString reason;
        };
        const QString keyB = w.keyRing.key(pendingInB)->publicKey;
        QJsonObject noId = authAnswer(QString(), encryptTo(keyB, "t"));
        noId.remove("requestIdentifier"_L1);
        const QList<Refused> refusals{
            {u"replayed"_s, convId, authAnswer(settled, encryptTo(keyB, "t")), u"(replay)"_s},
            {u"for an unknown request"_s, convId,
             authAnswer(u"no-such-request"_s, encryptTo(keyB, "t")), u"unknown sign-in request"_s},
            {u"naming no request"_s, convId, noId, u"names no sign-in request"_s},
            {u"for another conversation"_s, convId, authAnswer(pendingInB, encryptTo(keyB, "t")),
             u"another conversation"_s},
        };
        for (const Refused &r : refusals) {
            const qsizetype before = refused.size();
            w.consumerAnswers(r.conversation, r.response);
            ++answers;
            QTRY_COMPARE_WITH_TIMEOUT(refused.size(), before + 1, kWait);
            QVERIFY2(refused.last().at(1).toString().contains(r.reason),
                     qPrintable(r.name + u": "_s + refused.last().at(1).toString()));
        }
        // The request of the other conversation was not touched by the misplaced answer; once
        // cancelled, its own answer is refused too.
        QCOMPARE(w.tracker.request(pendingInB)->state, State::Sent);
        w.signIn->cancel(pendingInB);
        w.consumerAnswers(convB, authAnswer(pendingInB, encryptTo(keyB, "t")));
        ++answers;
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 5, kWait);
        QVERIFY(refused.last().at(1).toString().contains(u"cancelled"_s));
        qInfo("hostile answers: %d, each failed or refused with its reason", answers);
        QVERIFY(answers >= 19);

        // Nothing lost: every answer is in the transcripts, and the desk still shows what the
        // customer writes.
        auto answersShown = [&] {
            int shown = 0;
            for (const QString &c : {convId, convB}) {
                const MessageListModel *model = w.session->messages(c);
                for (int row = 0; model && row < model->rowCount(); ++row)
                    shown += model->messageAt(row).text == u"answer"_s ? 1 : 0;
            }
            return shown;
        };
        QTRY_COMPARE_WITH_TIMEOUT(answersShown(), answers, kWait);
        QVERIFY(w.hub.hub().consumerSend(convId, u"Did it work?"_s).ok());
        QTRY_COMPARE_WITH_TIMEOUT(w.session->messages(convId)
                                      ->messageAt(w.session->messages(convId)->rowCount() - 1)
                                      .text,
                                  u"Did it work?"_s, kWait);
    }
};

QTEST_GUILESS_MAIN(HostileInputTest)
#include "HostileInputTest.moc"
