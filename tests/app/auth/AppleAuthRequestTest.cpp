#include "auth/AppleAuthRequest.h"
#include "AuthFixtures.h"
#include "TestData.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Signet;
using namespace Signet::Auth;
using namespace Qt::StringLiterals;
using Field = DraftIssue::Field;

namespace {

QList<Field> fieldsOf(const QList<DraftIssue> &issues)
{
    QList<Field> out;
    for (const DraftIssue &i : issues)
        out << i.field;
    return out;
}
} // namespace

class AppleAuthRequestTest : public QObject
{
    Q_OBJECT
private slots:
    void payloadMatchesTheGoldenFiles_data()
    {
        QTest::addColumn<int>("style");
        QTest::newRow("icon") << static_cast<int>(BubbleStyle::Icon);
        QTest::newRow("small") << static_cast<int>(BubbleStyle::Small);
        QTest::newRow("large") << static_cast<int>(BubbleStyle::Large);
    }
    void payloadMatchesTheGoldenFiles()
    {
        QFETCH(int, style);
        const auto s = static_cast<BubbleStyle>(style);
        const QJsonObject golden =
            QJsonDocument::fromJson(Test::readData(u"auth/request-%1.json"_s.arg(styleName(s))))
                .object();
        QVERIFY(!golden.isEmpty());
        const AuthRequestDraft draft = Test::acmeDraft(s);
        QCOMPARE(AppleAuthRequest::metadata(draft, u"<requestIdentifier>"_s,
                                            u"<responseEncryptionKey>"_s),
                 golden.value("metadata"_L1).toArray());
        QCOMPARE(AppleAuthRequest::bodyTemplate(draft),
                 golden.value("event"_L1).toObject().value("content"_L1).toObject());
    }

    void parseReadsBackWhatWasBuilt()
    {
        const AuthRequestDraft draft = Test::acmeDraft(BubbleStyle::Large);
        auto parsed =
            AppleAuthRequest::parse(AppleAuthRequest::metadata(draft, u"r-1"_s, u"KEY"_s));
        QVERIFY(parsed.has_value());
        QVERIFY2(parsed->ok(), qPrintable(parsed->error()));
        QCOMPARE(parsed->value().requestIdentifier, u"r-1"_s);
        QCOMPARE(parsed->value().responseEncryptionKey, u"KEY"_s);
        QCOMPARE(parsed->value().draft.received.style, BubbleStyle::Large);
        QCOMPARE(parsed->value().draft.reply.title, u"You're signed in"_s);
        QVERIFY(
            !AppleAuthRequest::parse(QJsonArray{QJsonObject{{"type"_L1, "Other"_L1}}}).has_value());
        QJsonArray broken = AppleAuthRequest::metadata(draft, QString(), u"KEY"_s);
        QVERIFY(AppleAuthRequest::parse(broken)->error().contains(u"requestIdentifier"_s));
        QJsonArray noBubbles{AppleAuthRequest::metadata(draft, u"r"_s, u"K"_s).at(1)};
        QVERIFY(AppleAuthRequest::parse(noBubbles)->error().contains(u"BusinessChatMessage"_s));
    }

    void parseReadsFieldsAsTheBuilderWritesThem()
    {
        // Found by fuzz_auth_metadata: an image URL with trailing spaces parsed differently from
        // what a desk builds (the builder trims), so the hub checked one thing and a rebuilt
        // request said another. The parser trims too; the input stays in tests/data/auth.
        QFile found(QStringLiteral(SIGNET_TEST_DATA_DIR "/auth/found-untrimmed-image-url.json"));
        QVERIFY(found.open(QIODevice::ReadOnly));
        const QJsonArray metadata = QJsonDocument::fromJson(found.readAll()).array();
        const auto parsed = AppleAuthRequest::parse(metadata);
        QVERIFY(parsed && parsed->ok());
        QCOMPARE(parsed->value().draft.received.imageUrl,
                 u"lttps://images.acme.example/lock.pngstyle"_s);
        const auto rebuilt = AppleAuthRequest::parse(
            AppleAuthRequest::metadata(parsed->value().draft, parsed->value().requestIdentifier,
                                       parsed->value().responseEncryptionKey));
        QCOMPARE(rebuilt->value().draft.received.imageUrl, parsed->value().draft.received.imageUrl);
        // …and the hub's check still refuses that URL.
        QVERIFY(!AppleAuthRequest::validate(parsed->value().draft, std::nullopt).isEmpty());
    }

    void optionalFieldsAreLeftOutWhenEmpty()
    {
        AuthRequestDraft draft;
        draft.received.title = u"Sign in"_s;
        draft.reply.title = u"Done"_s;
        const QJsonObject received = AppleAuthRequest::metadata(draft, u"r"_s, u"k"_s)
                                         .at(0)
                                         .toObject()
                                         .value("receivedMessage"_L1)
                                         .toObject();
        QCOMPARE(received, (QJsonObject{{"title"_L1, "Sign in"_L1}, {"style"_L1, "icon"_L1}}));
        const QJsonArray elements =
            AppleAuthRequest::bodyTemplate(draft).value("elements"_L1).toArray();
        QCOMPARE(elements.size(), 1); // no image element
    }

    void validationRules_data()
    {
        QTest::addColumn<QString>("receivedTitle");
        QTest::addColumn<QString>("receivedImage");
        QTest::addColumn<QString>("replyTitle");
        QTest::addColumn<QString>("replySubtitle");
        QTest::addColumn<QList<Field>>("expected");
        const QString ok = u"https://images.acme.example/a.png"_s;
        QTest::newRow("good") << u"Sign in"_s << ok << u"Done"_s << QString() << QList<Field>{};
        QTest::newRow("no image is fine")
            << u"Sign in"_s << QString() << u"Done"_s << QString() << QList<Field>{};
        QTest::newRow("received title missing")
            << u"  "_s << ok << u"Done"_s << QString() << QList<Field>{Field::ReceivedTitle};
        QTest::newRow("reply title missing")
            << u"Sign in"_s << ok << QString() << QString() << QList<Field>{Field::ReplyTitle};
        QTest::newRow("title too long") << QString(513, u'x') << ok << u"Done"_s << QString()
                                        << QList<Field>{Field::ReceivedTitle};
        QTest::newRow("subtitle too long") << u"Sign in"_s << ok << u"Done"_s << QString(1025, u'y')
                                           << QList<Field>{Field::ReplySubtitle};
        QTest::newRow("http image") << u"Sign in"_s << u"http://images.acme.example/a.png"_s
                                    << u"Done"_s << QString() << QList<Field>{Field::ReceivedImage};
        QTest::newRow("not allowed host")
            << u"Sign in"_s << u"https://evil.example/a.png"_s << u"Done"_s << QString()
            << QList<Field>{Field::ReceivedImage};
        QTest::newRow("look-alike host")
            << u"Sign in"_s << u"https://images.acme.example.evil.example/a.png"_s << u"Done"_s
            << QString() << QList<Field>{Field::ReceivedImage};
        QTest::newRow("subdomain allowed")
            << u"Sign in"_s << u"https://cdn.images.acme.example/a.png"_s << u"Done"_s << QString()
            << QList<Field>{};
        QTest::newRow("not a url") << u"Sign in"_s << u"https://"_s << u"Done"_s << QString()
                                   << QList<Field>{Field::ReceivedImage};
        QTest::newRow("two problems")
            << QString() << u"ftp://x/a.png"_s << QString() << QString()
            << QList<Field>{Field::ReceivedTitle, Field::ReceivedImage, Field::ReplyTitle};
    }
    void validationRules()
    {
        QFETCH(QString, receivedTitle);
        QFETCH(QString, receivedImage);
        QFETCH(QString, replyTitle);
        QFETCH(QString, replySubtitle);
        QFETCH(QList<Field>, expected);
        AuthRequestDraft draft;
        draft.received = {receivedTitle, QString(), receivedImage, BubbleStyle::Icon};
        draft.reply = {replyTitle, replySubtitle, QString(), BubbleStyle::Icon};
        const QList<DraftIssue> issues =
            AppleAuthRequest::validate(draft, QStringList{u"images.acme.example"_s});
        QCOMPARE(fieldsOf(issues), expected);
        for (const DraftIssue &issue : issues)
            QVERIFY(issue.message.endsWith(u'.') || issue.message.endsWith(u')'));
    }

    void theLargeStyleNeedsAnImage()
    {
        AuthRequestDraft draft = Test::acmeDraft(BubbleStyle::Large);
        draft.received.imageUrl.clear();
        QCOMPARE(fieldsOf(AppleAuthRequest::validate(draft, QStringList{u"images.acme.example"_s})),
                 QList<Field>{Field::ReceivedImage});
        draft.received.style = BubbleStyle::Small;
        QVERIFY(AppleAuthRequest::validate(draft, QStringList{u"images.acme.example"_s}).isEmpty());
    }

    void withoutAnAllowListOnlyHttpsIsChecked()
    {
        AuthRequestDraft draft = Test::acmeDraft();
        draft.received.imageUrl = u"https://anywhere.example/x.png"_s;
        QVERIFY(AppleAuthRequest::validate(draft, std::nullopt).isEmpty());
        draft.received.imageUrl = u"http://anywhere.example/x.png"_s;
        QCOMPARE(fieldsOf(AppleAuthRequest::validate(draft, std::nullopt)),
                 QList<Field>{Field::ReceivedImage});
    }

    void styles()
    {
        for (auto s : {BubbleStyle::Icon, BubbleStyle::Small, BubbleStyle::Large})
            QCOMPARE(styleFromName(styleName(s)), s);
        QVERIFY(!styleFromName(u"huge"_s));
    }
};

QTEST_GUILESS_MAIN(AppleAuthRequestTest)
#include "AppleAuthRequestTest.moc"
