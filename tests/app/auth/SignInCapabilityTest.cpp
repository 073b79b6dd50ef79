#include "auth/SignInCapability.h"

#include <QTest>

using namespace Signet;
using namespace Signet::Auth;
using namespace Signet::Protocol;
using namespace Qt::StringLiterals;

class SignInCapabilityTest : public QObject
{
    Q_OBJECT
private slots:
    void evaluate_data()
    {
        QTest::addColumn<int>("channel");
        QTest::addColumn<QString>("osVersion");
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<bool>("supported");
        QTest::addColumn<QString>("reason");
        const int apple = static_cast<int>(ChannelType::AppleMessages);
        const int web = static_cast<int>(ChannelType::WebChat);
        QTest::newRow("ios17") << apple << u"17.4"_s << u"Apple Authentication supported"_s << true
                               << QString();
        QTest::newRow("ios15") << apple << u"15.7"_s << u"Apple Authentication supported"_s << true
                               << QString();
        QTest::newRow("ios12") << apple << u"12.0"_s << QString() << true << QString();
        QTest::newRow("ios11") << apple << u"11.4"_s << u"Apple Authentication not supported"_s
                               << false << u"iOS 11.4 cannot sign in"_s;
        QTest::newRow("ios11-no-attribute")
            << apple << u"11.4"_s << QString() << false << u"iOS 12 or later"_s;
        QTest::newRow("attribute-wins")
            << apple << u"16.0"_s << u"Apple Authentication not supported"_s << false
            << u"cannot sign in"_s;
        QTest::newRow("unknown-version")
            << apple << QString() << QString() << false << u"did not report"_s;
        QTest::newRow("web") << web << u"11"_s << QString() << false
                             << u"Sign in button on their chat page"_s;
    }
    void evaluate()
    {
        QFETCH(int, channel);
        QFETCH(QString, osVersion);
        QFETCH(QString, attribute);
        QFETCH(bool, supported);
        QFETCH(QString, reason);
        ConversationContext context;
        context.channel = static_cast<ChannelType>(channel);
        context.clientProperties.os =
            channel == static_cast<int>(ChannelType::WebChat) ? u"Windows"_s : u"iOS"_s;
        context.clientProperties.osVersion = osVersion;
        if (!attribute.isEmpty())
            context.engagementAttributes = {attribute};
        const SignInCapability result = SignInCapabilities::evaluate(context);
        QCOMPARE(result.supported, supported);
        if (supported)
            QVERIFY(result.reason.isEmpty());
        else
            QVERIFY2(result.reason.contains(reason), qPrintable(result.reason));
    }

    void majorVersion()
    {
        QCOMPARE(SignInCapabilities::majorVersion(u"17.4.1"_s), 17);
        QCOMPARE(SignInCapabilities::majorVersion(u"11"_s), 11);
        QCOMPARE(SignInCapabilities::majorVersion(u"beta"_s), 0);
    }
};

QTEST_GUILESS_MAIN(SignInCapabilityTest)
#include "SignInCapabilityTest.moc"
