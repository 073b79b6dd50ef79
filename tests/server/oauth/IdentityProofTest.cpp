// What the hub accepts as who a customer is: each rule of a provider-signed statement (RFC 9701
// introspection JWT) refused on its own, the claims and text an identity may carry, and the bounds
// on its expiry.
#include "oauth/IdentityProof.h"
#include "crypto/Jws.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Signet;
using namespace Signet::Hub;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kNow = 1'790'000'000'000; // ms
const QString kIssuer = u"https://login.acme.example"_s;

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

struct Provider
{
    Crypto::EcKeyPair key = std::move(Crypto::EcKeyPair::generate(Crypto::Curve::P256).value());

    QJsonObject jwks() const { return {{"keys"_L1, QJsonArray{Crypto::publicJwk(key, u"k1"_s)}}}; }
    // A statement as the provider makes it: the token issued 30 s into the sign-in, valid an hour.
    static QJsonObject introspection()
    {
        return {{"active"_L1, true},
                {"sub"_L1, "acme-maya-1001"_L1},
                {"client_id"_L1, "apple-business-chat"_L1},
                {"iss"_L1, kIssuer},
                {"iat"_L1, (kNow - 330'000) / 1000},
                {"exp"_L1, (kNow + 3'600'000) / 1000},
                {"jti"_L1, "tok-1"_L1},
                {"name"_L1, "Maya Chen"_L1},
                {"email"_L1, "maya@example.com"_L1},
                {"membership_tier"_L1, "gold"_L1},
                {"scope"_L1, "openid profile email"_L1}};
    }
    static QJsonObject payload(const QJsonObject &ti = introspection())
    {
        return {{"iss"_L1, kIssuer},
                {"aud"_L1, "signet-desk"_L1},
                {"iat"_L1, (kNow - 5'000) / 1000},
                {"token_introspection"_L1, ti}};
    }
    QString sign(const QJsonObject &payload = Provider::payload(),
                 const QString &typ = u"token-introspection+jwt"_s) const
    {
        return Crypto::signEs256(key, u"k1"_s, typ, payload).value();
    }
    ProofCheck check() const
    {
        ProofCheck c;
        c.issuer = kIssuer;
        c.jwks = jwks();
        c.audience = u"signet-desk"_s;
        c.tokenClient = u"apple-business-chat"_s;
        c.windowStartMs = kNow - 360'000; // the request was sent six minutes ago…
        c.windowEndMs = kNow - 300'000;   // …and answered a minute later
        c.nowMs = kNow;
        c.providerClaims = {u"membership_tier"_s};
        return c;
    }
};

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return o;
}
} // namespace

class IdentityProofTest : public QObject
{
    Q_OBJECT
private slots:
    void aGoodStatementNamesTheCustomer()
    {
        Provider p;
        Result<ProvenIdentity> proven = checkIdentityProof(p.sign(), p.check());
        QVERIFY2(proven.ok(), qPrintable(proven.error()));
        QCOMPARE(proven->subject, u"acme-maya-1001"_s);
        QCOMPARE(proven->name, u"Maya Chen"_s);
        QCOMPARE(proven->email, u"maya@example.com"_s);
        QCOMPARE(proven->expiresAtMs, kNow + 3'600'000);
        QCOMPARE(proven->tokenIssuedAtMs, kNow - 330'000);
        QCOMPARE(proven->tokenId, u"tok-1"_s);
        // Only the claims an identity may show: the provider's own, not scope or client_id.
        QCOMPARE(proven->claims, (QJsonObject{{"membership_tier"_L1, "gold"_L1}}));
    }

    void eachRuleRefusesOnItsOwn_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("typ");
        QTest::addColumn<QString>("why");
        const QJsonObject ti = Provider::introspection();
        const QString typ = u"token-introspection+jwt"_s;
        auto row = [&](const char *name, const QJsonObject &payload, const QString &why,
                       const QString &t = u"token-introspection+jwt"_s) {
            QTest::newRow(name) << payload << t << why;
        };
        row("an ID token", Provider::payload(), u"not an introspection answer"_s, u"JWT"_s);
        row("another issuer", with(Provider::payload(), u"iss"_s, u"https://evil.example"_s),
            u"issued by"_s);
        row("for another client", with(Provider::payload(), u"aud"_s, u"someone-else"_s),
            u"not issued to signet-desk"_s);
        row("made in the future", with(Provider::payload(), u"iat"_s, (kNow + 10 * 60'000) / 1000),
            u"future"_s);
        row("stale", with(Provider::payload(), u"iat"_s, (kNow - 20 * 60'000) / 1000),
            u"older than this sign-in"_s);
        row("undated", with(Provider::payload(), u"iat"_s, QJsonValue::Undefined),
            u"when it was made"_s);
        row("inactive token", Provider::payload(with(ti, u"active"_s, false)), u"not active"_s);
        row("active as a string", Provider::payload(with(ti, u"active"_s, u"true"_s)),
            u"not active"_s);
        row("token of another provider",
            Provider::payload(with(ti, u"iss"_s, u"https://evil.example"_s)),
            u"another provider"_s);
        row("token of another client",
            Provider::payload(with(ti, u"client_id"_s, u"signet-messaging"_s)),
            u"issued to \"signet-messaging\""_s);
        row("no subject", Provider::payload(with(ti, u"sub"_s, QJsonValue::Undefined)),
            u"names no subject"_s);
        row("a token as subject",
            Provider::payload(
                with(ti, u"sub"_s, u"eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"_s)),
            u"looks like a token"_s);
        row("token of an earlier sign-in",
            Provider::payload(with(ti, u"iat"_s, (kNow - 30 * 60'000) / 1000)),
            u"not issued during this sign-in"_s);
        row("token issued after the answer",
            Provider::payload(with(ti, u"iat"_s, (kNow - 60'000) / 1000)),
            u"not issued during this sign-in"_s);
        row("no token iat", Provider::payload(with(ti, u"iat"_s, QJsonValue::Undefined)),
            u"when the token was issued"_s);
        row("no expiry", Provider::payload(with(ti, u"exp"_s, QJsonValue::Undefined)),
            u"when the token expires"_s);
        row("expired", Provider::payload(with(ti, u"exp"_s, (kNow - 1'000) / 1000)), u"expired"_s);
        Q_UNUSED(typ);
    }
    void eachRuleRefusesOnItsOwn()
    {
        QFETCH(QJsonObject, payload);
        QFETCH(QString, typ);
        QFETCH(QString, why);
        Provider p;
        Result<ProvenIdentity> proven = checkIdentityProof(p.sign(payload, typ), p.check());
        QVERIFY(!proven.ok());
        QVERIFY2(proven.error().contains(why), qPrintable(proven.error()));
    }

    void aStatementSignedByAnyoneElseIsRefused()
    {
        Provider provider, attacker;
        // The attacker's key under the provider's key id.
        Result<ProvenIdentity> proven = checkIdentityProof(attacker.sign(), provider.check());
        QVERIFY(!proven.ok());
        QVERIFY2(proven.error().contains("signature"_L1), qPrintable(proven.error()));
        // The provider's statement with the subject changed.
        const QStringList parts = provider.sign().split(u'.');
        QJsonObject forged =
            Provider::payload(with(Provider::introspection(), u"sub"_s, u"acme-daniel-1002"_s));
        const QString changed = parts[0] + u'.' +
                                b64(QJsonDocument(forged).toJson(QJsonDocument::Compact)) + u'.' +
                                parts[2];
        QVERIFY(!checkIdentityProof(changed, provider.check()).ok());
        // No signature at all.
        const QString none =
            b64(R"({"alg":"none","typ":"token-introspection+jwt"})") + u'.' +
            b64(QJsonDocument(Provider::payload()).toJson(QJsonDocument::Compact)) + u'.';
        QVERIFY(!checkIdentityProof(none, provider.check()).ok());
    }

    void aLongLivedTokenIsCappedAtADay()
    {
        Provider p;
        const QJsonObject ti =
            with(Provider::introspection(), u"exp"_s, (kNow + 30LL * 24 * 3'600'000) / 1000);
        Result<ProvenIdentity> proven =
            checkIdentityProof(p.sign(Provider::payload(ti)), p.check());
        QVERIFY2(proven.ok(), qPrintable(proven.error()));
        QCOMPARE(proven->expiresAtMs, kNow + IdentityRules::kMaxLifetimeMs);
    }

    void whatTheStatementDoesNotSayIsLeftEmpty()
    {
        // A provider that names no one (oidc-provider without extra claims): a subject, no name,
        // and the token identified by what it says when it has no jti.
        Provider p;
        QJsonObject ti = Provider::introspection();
        for (const char *key : {"name", "email", "membership_tier", "jti"})
            ti.remove(QLatin1StringView(key));
        ti.insert("name"_L1, u"Maya <b>Chen</b>\u0007"_s); // control characters: not a name
        Result<ProvenIdentity> proven =
            checkIdentityProof(p.sign(Provider::payload(ti)), p.check());
        QVERIFY2(proven.ok(), qPrintable(proven.error()));
        QVERIFY(proven->name.isEmpty());
        QVERIFY(proven->email.isEmpty());
        QVERIFY(proven->claims.isEmpty());
        QVERIFY(proven->tokenId.startsWith("sha256:"_L1));
        // The same token gives the same id; another token another.
        Result<ProvenIdentity> again = checkIdentityProof(p.sign(Provider::payload(ti)), p.check());
        QCOMPARE(again->tokenId, proven->tokenId);
        ti.insert("iat"_L1, (kNow - 320'000) / 1000);
        Result<ProvenIdentity> other = checkIdentityProof(p.sign(Provider::payload(ti)), p.check());
        QVERIFY(other->tokenId != proven->tokenId);
    }

    void textIsShortAndNeverACredential_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("a name") << u"Maya Chen"_s << true;
        QTest::newRow("accents and scripts") << u"Zoë Ünal 王芳"_s << true;
        QTest::newRow("an address") << u"maya.chen+bank@example.co.uk"_s << true;
        QTest::newRow("a JWT") << u"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYXlhIn0.c2lnbmF0dXJlMTIz"_s
                               << false;
        QTest::newRow("a bearer") << u"Bearer 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822c"_s
                                  << false;
        QTest::newRow("a key") << u"MHcCAQEEIBkUu1f0nJz0mQ6H8Yk2vC8t8Jq1h6b1e7Qh5Xm3dZ6Q"_s
                               << false;
        QTest::newRow("control") << u"Maya\nChen"_s << false;
        QTest::newRow("bidi override") << u"Maya \u202EnehC"_s << false;
        QTest::newRow("unpaired surrogate") << QString(QChar(0xD800)) << false;
        QTest::newRow("too long") << QString(201, u'a').replace(u'a', u"a "_s).left(201) << false;
    }
    void textIsShortAndNeverACredential()
    {
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        const Status checked = IdentityRules::checkText(u"name"_s, value, 200);
        QVERIFY2(checked.ok() == accepted, qPrintable(checked.error()));
    }

    void claimsAreTheProvidersOwnShortStrings()
    {
        using IdentityRules::checkClaims;
        const QStringList provider{u"membership_tier"_s, u"customer_since"_s, u"sid"_s};
        const QJsonObject claims{{"membership_tier"_L1, "gold"_L1},
                                 {"customer_since"_L1, 2019},
                                 {"given_name"_L1, "Maya"_L1},
                                 {"updated_at"_L1, 1700000000},
                                 {"sid"_L1, "abc"_L1},
                                 {"picture"_L1, "https://x.example/p.png"_L1}};
        // Unknown and never-shown claims are left out (sid is a session id, whatever the
        // provider lists).
        Result<QJsonObject> kept = checkClaims(claims, provider, true);
        QVERIFY2(kept.ok(), qPrintable(kept.error()));
        QCOMPARE(kept.value(), (QJsonObject{{"membership_tier"_L1, "gold"_L1},
                                            {"customer_since"_L1, "2019"_L1},
                                            {"given_name"_L1, "Maya"_L1}}));
        // A credential is refused in a report wherever it is, and dropped from a provider's
        // answer.
        const QJsonObject smuggled{
            {"membership_tier"_L1, "gold"_L1},
            {"note"_L1, "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYXlhIn0.c2lnbmF0dXJlMTIz"_L1}};
        Result<QJsonObject> strict = checkClaims(smuggled, provider, true);
        QVERIFY(!strict.ok());
        QVERIFY2(strict.error().contains("note"_L1), qPrintable(strict.error()));
        QCOMPARE(checkClaims(smuggled, provider, false).value(),
                 (QJsonObject{{"membership_tier"_L1, "gold"_L1}}));
        // An allowed claim must be text.
        QVERIFY(
            !checkClaims({{"membership_tier"_L1, QJsonObject{{"a"_L1, 1}}}}, provider, true).ok());
    }

    void anExpiryIsStatedFutureAndBounded()
    {
        using IdentityRules::checkExpiry;
        QVERIFY(checkExpiry(kNow + 3'600'000, kNow).ok());
        QVERIFY(!checkExpiry(0, kNow).ok());
        QVERIFY(!checkExpiry(kNow - 1, kNow).ok());
        QVERIFY(!checkExpiry(kNow + 25LL * 3'600'000, kNow).ok());
        QVERIFY(!checkExpiry(std::numeric_limits<qint64>::max(), kNow).ok());
    }

    void theHubsOwnIdentityIsBoundedToo()
    {
        const QJsonObject userinfo{{"sub"_L1, "c-1001"_L1},
                                   {"name"_L1, "Maya Chen"_L1},
                                   {"membership_tier"_L1, "gold"_L1},
                                   {"sid"_L1, "s"_L1}};
        Result<QJsonObject> unstated =
            identityFromUserinfo(kIssuer, userinfo, 0, {u"membership_tier"_s}, kNow);
        QVERIFY(unstated.ok());
        QCOMPARE(unstated->value("expiresAt"_L1).toInteger(),
                 kNow + IdentityRules::kUnstatedLifetimeMs);
        QCOMPARE(unstated->value("assurance"_L1).toString(), u"hub"_s);
        QCOMPARE(unstated->value("claims"_L1).toObject(),
                 (QJsonObject{{"membership_tier"_L1, "gold"_L1}}));
        Result<QJsonObject> year =
            identityFromUserinfo(kIssuer, userinfo, 365LL * 24 * 3600, {}, kNow);
        QCOMPARE(year->value("expiresAt"_L1).toInteger(), kNow + IdentityRules::kMaxLifetimeMs);
        QVERIFY(!identityFromUserinfo(kIssuer, QJsonObject{{"name"_L1, "x"_L1}}, 0, {}, kNow).ok());
    }
};

QTEST_GUILESS_MAIN(IdentityProofTest)
#include "IdentityProofTest.moc"
