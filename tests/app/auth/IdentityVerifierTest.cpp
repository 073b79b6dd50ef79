// The desk's check of a token with the identity provider, against a provider whose answers the
// test writes: userinfo names the customer; introspection (when the desk may ask) or a JWT access
// token's exp says until when; inactive, expired, foreign or contradictory answers are refused.
#include "auth/IdentityVerifier.h"
#include "Await.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Signet;
using namespace Signet::Auth;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {

struct FakeProvider
{
    QHttpServer http;
    quint16 port = 0;
    QJsonObject userinfo{{"sub"_L1, "acme-1"_L1},
                         {"name"_L1, "Maya Chen"_L1},
                         {"email"_L1, "maya@example.com"_L1},
                         {"membership_tier"_L1, "gold"_L1}};
    int userinfoStatus = 200;
    QJsonObject introspection;
    QByteArray lastAuthorization;
    QByteArray lastIntrospectionBody;

    FakeProvider()
    {
        http.route(u"/userinfo"_s, [this](const QHttpServerRequest &request) {
            lastAuthorization = request.value("Authorization");
            return QHttpServerResponse(
                userinfo, static_cast<QHttpServerResponse::StatusCode>(userinfoStatus));
        });
        http.route(u"/introspect"_s, QHttpServerRequest::Method::Post,
                   [this](const QHttpServerRequest &request) {
                       lastIntrospectionBody = request.body();
                       return QHttpServerResponse(introspection);
                   });
        port = http.listen(QHostAddress::LocalHost);
    }
    QString base() const { return u"http://127.0.0.1:%1"_s.arg(port); }
    IdentityVerifier::Provider provider(bool withIntrospection) const
    {
        IdentityVerifier::Provider p{
            u"https://idp.acme.example"_s, QUrl(base() + u"/userinfo"_s), {}, {}, {}};
        if (withIntrospection) {
            p.introspection = QUrl(base() + u"/introspect"_s);
            p.clientId = u"signet-desk"_s;
            p.clientSecret = u"desk-secret"_s;
        }
        return p;
    }
};

QString jwt(const QJsonObject &claims)
{
    auto part = [](const QJsonObject &o) {
        return QString::fromLatin1(
            QJsonDocument(o)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part({{"alg"_L1, "RS256"_L1}, {"typ"_L1, "at+jwt"_L1}}) + u'.' + part(claims) +
           u".c2lnbmF0dXJl"_s;
}

Result<VerifiedIdentity> verify(IdentityVerifier &verifier, const QString &token)
{
    return await<VerifiedIdentity>([&](auto done) { verifier.verify(token, done); });
}

qint64 inOneHour()
{
    return QDateTime::currentDateTimeUtc().addSecs(3600).toSecsSinceEpoch();
}

} // namespace

class IdentityVerifierTest : public QObject
{
    Q_OBJECT
private slots:
    void userinfoNamesTheCustomerAndIntrospectionTheExpiry()
    {
        FakeProvider idp;
        idp.introspection = {{"active"_L1, true},
                             {"sub"_L1, "acme-1"_L1},
                             {"iss"_L1, "https://idp.acme.example"_L1},
                             {"exp"_L1, inOneHour()}};
        IdentityVerifier verifier;
        verifier.setProvider(idp.provider(true));
        Result<VerifiedIdentity> id = verify(verifier, u"opaque-token"_s);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(id->subject, u"acme-1"_s);
        QCOMPARE(id->name, u"Maya Chen"_s);
        QCOMPARE(id->email, u"maya@example.com"_s);
        QCOMPARE(id->issuer, u"https://idp.acme.example"_s);
        QCOMPARE(id->claims.value("membership_tier"_L1).toString(), u"gold"_s);
        QCOMPARE(id->expiresAt.toSecsSinceEpoch(), idp.introspection.value("exp"_L1).toInteger());
        QCOMPARE(idp.lastAuthorization, QByteArray("Bearer opaque-token"));
        QVERIFY(idp.lastIntrospectionBody.contains("token=opaque-token"));
    }

    void aJwtAccessTokenStatesItsExpiry()
    {
        FakeProvider idp;
        IdentityVerifier verifier;
        verifier.setProvider(idp.provider(false));
        const qint64 exp = inOneHour();
        Result<VerifiedIdentity> id =
            verify(verifier, jwt({{"iss"_L1, "https://idp.acme.example"_L1}, {"exp"_L1, exp}}));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(id->expiresAt.toSecsSinceEpoch(), exp);
        // An opaque token and no introspection: the expiry is unknown, not invented.
        id = verify(verifier, u"opaque-token"_s);
        QVERIFY(id.ok());
        QVERIFY(!id->expiresAt.isValid());
    }

    void answersThatMustBeRefused_data()
    {
        QTest::addColumn<QString>("defect");
        QTest::addColumn<QString>("expected");
        QTest::newRow("userinfo 401") << u"401"_s << u"Token rejected by provider"_s;
        QTest::newRow("no subject") << u"no sub"_s << u"named no subject"_s;
        QTest::newRow("inactive") << u"inactive"_s << u"it is not active"_s;
        QTest::newRow("other subject") << u"other sub"_s << u"disagree on the subject"_s;
        QTest::newRow("other issuer") << u"other iss"_s << u"issued by https://evil.example"_s;
        QTest::newRow("expired") << u"expired"_s << u"it expired at"_s;
        QTest::newRow("jwt from elsewhere") << u"jwt iss"_s << u"issued by https://evil.example"_s;
        QTest::newRow("expired jwt") << u"jwt expired"_s << u"it expired at"_s;
    }
    void answersThatMustBeRefused()
    {
        QFETCH(QString, defect);
        QFETCH(QString, expected);
        FakeProvider idp;
        idp.introspection = {{"active"_L1, true}, {"sub"_L1, "acme-1"_L1}, {"exp"_L1, inOneHour()}};
        bool introspect = true;
        QString token = u"opaque-token"_s;
        if (defect == "401"_L1)
            idp.userinfoStatus = 401;
        else if (defect == "no sub"_L1)
            idp.userinfo.remove("sub"_L1);
        else if (defect == "inactive"_L1)
            idp.introspection = {{"active"_L1, false}};
        else if (defect == "other sub"_L1)
            idp.introspection.insert("sub"_L1, u"acme-2"_s);
        else if (defect == "other iss"_L1)
            idp.introspection.insert("iss"_L1, u"https://evil.example"_s);
        else if (defect == "expired"_L1)
            idp.introspection.insert("exp"_L1, QDateTime::currentSecsSinceEpoch() - 5);
        if (defect.startsWith("jwt"_L1)) {
            introspect = false;
            token = defect == "jwt iss"_L1
                        ? jwt({{"iss"_L1, "https://evil.example"_L1}, {"exp"_L1, inOneHour()}})
                        : jwt({{"iss"_L1, "https://idp.acme.example"_L1},
                               {"exp"_L1, QDateTime::currentSecsSinceEpoch() - 5}});
        }
        IdentityVerifier verifier;
        verifier.setProvider(idp.provider(introspect));
        Result<VerifiedIdentity> id = verify(verifier, token);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().contains(expected), qPrintable(id.error()));
    }

    void noProviderNoVerification()
    {
        IdentityVerifier verifier;
        Result<VerifiedIdentity> id = verify(verifier, u"opaque-token"_s);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().contains(u"No identity provider"_s), qPrintable(id.error()));
    }
};

QTEST_GUILESS_MAIN(IdentityVerifierTest)
#include "IdentityVerifierTest.moc"
