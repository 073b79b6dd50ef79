#include "HubCommandLine.h"
#include "TeamConfig.h"
#include "TestDatabase.h"
#include "review/TranscriptExport.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
// Runs `signet-hub ARGS` with stdin from text.
int run(const QStringList &args, const QByteArray &stdinText)
{
    FILE *in = tmpfile();
    fwrite(stdinText.constData(), 1, static_cast<size_t>(stdinText.size()), in);
    rewind(in);
    const int code = runHubCommandLine(QStringList{u"signet-hub"_s} + args, in);
    fclose(in);
    return code;
}
bool writeJson(const QString &path, const QJsonObject &content)
{
    QFile file(path);
    const QByteArray json = QJsonDocument(content).toJson();
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(json) == json.size();
}
} // namespace

class HubCommandLineTest : public QObject
{
    Q_OBJECT
private slots:
    void userAddReadsThePasswordFromStdin()
    {
        QTemporaryDir dir;
        const QString db = freshDatabase(dir); // a file, or a PostgreSQL database
        QCOMPARE(run({u"user"_s, u"add"_s, u"sam"_s, u"--role"_s, u"supervisor"_s,
                      u"--display-name"_s, u"Sam S"_s, u"--db"_s, db},
                     "a long password\n"),
                 0);
        Store store;
        QVERIFY(store.open(db).ok());
        const auto sam = store.agentByName(u"sam"_s);
        QVERIFY(sam.has_value());
        QCOMPARE(sam->role, u"supervisor"_s);
        QCOMPARE(sam->displayName, u"Sam S"_s);
    }

    void badInvocationsFailWithUsageErrors()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"hub.sqlite"_s);
        QCOMPARE(run({u"user"_s, u"add"_s, u"sam"_s, u"--role"_s, u"admin"_s, u"--db"_s, db},
                     "password!\n"),
                 2);
        QCOMPARE(run({u"user"_s, u"add"_s, u"sam"_s, u"--role"_s, u"agent"_s, u"--db"_s, db}, ""),
                 2);
        QCOMPARE(run({u"user"_s, u"remove"_s, u"--db"_s, db}, ""), 2);
        QCOMPARE(run({u"user"_s, u"remove"_s, u"nobody"_s, u"--db"_s, db}, ""), 1);
        QCOMPARE(
            run({u"user"_s, u"add"_s, u"sam"_s, u"--role"_s, u"agent"_s, u"--db"_s, db}, "short\n"),
            1);
        QCOMPARE(run({u"launch"_s}, ""), 2);
        QCOMPARE(run({u"--listen"_s, u"nonsense"_s, u"--db"_s, db}, ""), 2);
        // The brand's provider file: missing, or readable by others although it holds secrets.
        QCOMPARE(run({u"--identity-provider"_s, dir.filePath(u"none.ini"_s), u"--db"_s, db}, ""),
                 2);
        const QString ini = dir.filePath(u"brand.ini"_s);
        QFile file(ini);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[provider]\ndiscovery = https://idp.example/.well-known/openid-configuration\n"
                   "[ios16]\nclient_id = m\nclient_secret = s\n");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(run({u"--identity-provider"_s, ini, u"--db"_s, db}, ""), 2);
        QCOMPARE(run({u"--listen"_s, u"127.0.0.1:99999"_s, u"--db"_s, db}, ""), 2);
        // Trusted proxies: only behind one, and only addresses or networks.
        QCOMPARE(run({u"--trusted-proxy"_s, u"10.0.0.5"_s, u"--db"_s, db}, ""), 2);
        QCOMPARE(
            run({u"--behind-tls-proxy"_s, u"--trusted-proxy"_s, u"proxy.example"_s, u"--db"_s, db},
                ""),
            2);
        QCOMPARE(
            run({u"--behind-tls-proxy"_s, u"--trusted-proxy"_s, u"10.0.0.0/33"_s, u"--db"_s, db},
                ""),
            2);
        QCOMPARE(run({u"--max-connections-per-address"_s, u"-1"_s, u"--db"_s, db}, ""), 2);
        QCOMPARE(run({u"--max-connections-per-address"_s, u"many"_s, u"--db"_s, db}, ""), 2);
        QCOMPARE(run({u"--max-conversation-mib"_s, u"-1"_s, u"--db"_s, db}, ""), 2);
        QCOMPARE(run({u"--max-conversation-mib"_s, u"lots"_s, u"--db"_s, db}, ""), 2);
        const QString team = dir.filePath(u"team.json"_s);
        QVERIFY(writeJson(team, {{"imageHosts"_L1, QJsonArray{u"https://images.acme.example"_s}}}));
        QCOMPARE(run({u"--team"_s, team, u"--db"_s, db}, ""), 2);
    }

    void theTeamFileNamesTheHostsBubbleImagesComeFrom()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"team.json"_s);
        // No list: no images (the hub refuses a bubble with one, whatever the desk says).
        QVERIFY(writeJson(path, {{"skills"_L1, QJsonArray{u"general"_s}}}));
        QCOMPARE(TeamConfig::load(path)->imageHosts, QStringList());
        QVERIFY(writeJson(
            path, {{"imageHosts"_L1, QJsonArray{u" Images.Acme.Example"_s, u"cdn.acme.example"_s,
                                                u"images.acme.example"_s}}}));
        const Result<TeamConfig> team = TeamConfig::load(path);
        QVERIFY2(team.ok(), qPrintable(team.error()));
        QCOMPARE(team->imageHosts, (QStringList{u"images.acme.example"_s, u"cdn.acme.example"_s}));
        // What is not a host name is refused with the entry it is about.
        const QList<QJsonValue> bad{
            u"images.acme.example"_s, QJsonArray{u"https://images.acme.example"_s},
            QJsonArray{u"images.acme.example/path"_s}, QJsonArray{u""_s}, QJsonArray{42}};
        for (const QJsonValue &hosts : bad) {
            QVERIFY(writeJson(path, {{"imageHosts"_L1, hosts}}));
            const Result<TeamConfig> refused = TeamConfig::load(path);
            QVERIFY2(!refused.ok(),
                     QJsonDocument(QJsonObject{{"h"_L1, hosts}}).toJson().constData());
            QVERIFY2(refused.error().contains(u"imageHosts"_s) ||
                         refused.error().contains(u"not a host name"_s),
                     qPrintable(refused.error()));
        }
    }

    void exportsAreWrittenAndVerifiedAgainstTheHub()
    {
        QTemporaryDir dir;
        const QString db = freshDatabase(dir);
        QString convId;
        {
            Store store;
            QVERIFY(store.open(db).ok());
            ConsumerRecord maya;
            maya.id = u"maya"_s;
            maya.firstName = u"Maya"_s;
            maya.context.channel = Protocol::ChannelType::AppleMessages;
            QVERIFY(store.upsertConsumer(maya).ok());
            convId = store.createConversation(u"maya"_s, maya.context, QString())->convId;
            for (const QString &text : {u"My card was charged twice"_s, u"Refunded $84.20"_s}) {
                Protocol::Event event;
                event.message = text;
                QVERIFY(store
                            .appendEvent(convId, u"maya"_s, Protocol::ParticipantRole::Consumer,
                                         event, {})
                            .ok());
            }
            QVERIFY(
                store.appendAudit(u"agent-1"_s, u"signin.requested"_s, convId, u"r1"_s, {}).ok());
        }
        const QString json = dir.filePath(u"export.json"_s);
        const QString csv = dir.filePath(u"export.csv"_s);
        QCOMPARE(run({u"export"_s, convId, u"--out"_s, json, u"--db"_s, db}, ""), 0);
        QCOMPARE(
            run({u"export"_s, convId, u"--format"_s, u"csv"_s, u"--out"_s, csv, u"--db"_s, db}, ""),
            0);
        QCOMPARE(run({u"verify-export"_s, json, u"--db"_s, db}, ""), 0);
        // Exports are the customer's words and identity: owner-only.
        for (const QString &written : {json, csv})
            QVERIFY(!(QFile::permissions(written) &
                      (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                       QFileDevice::WriteOther)));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readAll().contains("Refunded $84.20"));

        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();
        QVERIFY(original.contains("signin.requested")); // the sign-in timeline goes along
        // A changed amount is found.
        QByteArray tampered = original;
        tampered.replace("Refunded $84.20", "Refunded $8420");
        const QString changed = dir.filePath(u"changed.json"_s);
        QFile out(changed);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(tampered);
        out.close();
        QCOMPARE(run({u"verify-export"_s, changed, u"--db"_s, db}, ""), 1);
        // A forger who swaps the identity and recomputes the export hash: consistent with itself,
        // but not an export the hub made.
        QJsonObject forged = QJsonDocument::fromJson(original).object();
        QJsonArray conversations = forged.value("conversations"_L1).toArray();
        QJsonObject first = conversations.first().toObject();
        first.insert("verifiedIdentity"_L1,
                     QJsonObject{{"issuer"_L1, "https://idp"_L1}, {"subject"_L1, "daniel-2"_L1}});
        conversations.replace(0, first);
        forged.insert("conversations"_L1, conversations);
        forged.insert("exportHash"_L1, Review::TranscriptExport::exportHash(forged));
        const QString rehashed = dir.filePath(u"rehashed.json"_s);
        QFile rehashedFile(rehashed);
        QVERIFY(rehashedFile.open(QIODevice::WriteOnly));
        rehashedFile.write(QJsonDocument(forged).toJson());
        rehashedFile.close();
        QCOMPARE(run({u"verify-export"_s, rehashed, u"--db"_s, db}, ""), 1);
        // Without the hub's database a file is never called verified: exit 3, for the genuine
        // export and the forgery alike.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!QFile::exists(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                               u"/hub.sqlite"_s));
        QCOMPARE(run({u"verify-export"_s, json}, ""), 3);
        QCOMPARE(run({u"verify-export"_s, rehashed}, ""), 3);
        QCOMPARE(run({u"verify-export"_s, changed}, ""), 1);
        QStandardPaths::setTestModeEnabled(false);
        // Not an export, no such file, bad usage.
        QCOMPARE(run({u"verify-export"_s, csv, u"--db"_s, db}, ""), 2);
        QCOMPARE(run({u"verify-export"_s, dir.filePath(u"none.json"_s), u"--db"_s, db}, ""), 2);
        QCOMPARE(run({u"export"_s, u"--db"_s, db}, ""), 2);
        QCOMPARE(run({u"export"_s, u"no-such-conversation"_s, u"--db"_s, db}, ""), 1);
        // Both the export and the checks are in the audit log.
        Store store;
        QVERIFY(store.open(db).ok());
        AuditFilter filter;
        filter.actionPrefix = u"export."_s;
        QStringList actions;
        for (const AuditEntry &e : store.audit(filter))
            actions << e.action;
        QCOMPARE(actions,
                 (QStringList{u"export.created"_s, u"export.created"_s, u"export.verified"_s,
                              u"export.verified"_s, u"export.verified"_s}));
    }
};

QTEST_GUILESS_MAIN(HubCommandLineTest)
#include "HubCommandLineTest.moc"
