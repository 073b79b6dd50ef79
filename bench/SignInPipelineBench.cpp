// Sign-in pipeline latency: from the customer submitting the login form to the desk holding the
// verified identity, over many sign-ins, with where the time goes. Everything real and in one
// process on 127.0.0.1: signet-hub (login page, token endpoint, Apple's side), the desk core (key
// ring, decryption, userinfo + introspection), up to the hub's record of the identity.
// ./dev.sh bench runs it; docs/benchmarks.md.
//   SignInPipelineBench [RUNS] [IOS_VERSION]
#include "SignInWorld.h"
#include "auth/AuthResponseBinder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QUrlQuery>

#include <algorithm>

using namespace Signet;
using namespace Signet::Auth;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
struct Stages
{
    qint64 login = 0, back = 0, exchange = 0, encrypt = 0, delivery = 0, decrypt = 0, userinfo = 0,
           recorded = 0, total = 0;
};

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index =
        static_cast<qsizetype>(std::ceil(p / 100.0 * static_cast<double>(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 200;
    const QString osVersion = argc > 2 ? QString::fromLocal8Bit(argv[2]) : u"17.4"_s;
    QTextStream out(stdout);

    SignInWorld w;
    AuthResponseBinder &binder = *w.bindResponses();
    const QString base = w.hub.hub().baseUrl();
    if (!w.online())
        return 1;
    const QString convId = w.acceptedConversation(osVersion, u"bench"_s);

    QElapsedTimer clock;
    clock.start();
    QHash<QString, qint64> mark;
    Hub::AppleSignInFlow &flow = w.hub.hub().appleSignIn();
    QObject::connect(&flow, &Hub::AppleSignInFlow::codeReceived,
                     [&](const QString &) { mark[u"code"_s] = clock.nsecsElapsed(); });
    QObject::connect(&flow, &Hub::AppleSignInFlow::codeExchanged,
                     [&](const QString &) { mark[u"exchanged"_s] = clock.nsecsElapsed(); });
    QObject::connect(&flow, &Hub::AppleSignInFlow::answered,
                     [&](const QString &, bool) { mark[u"answered"_s] = clock.nsecsElapsed(); });
    QObject::connect(w.session.get(), &DeskSession::eventApplied,
                     [&](const Protocol::MessagingEvent &e) {
                         if (AuthResponse::find(e.metadata))
                             mark[u"delivered"_s] = clock.nsecsElapsed();
                     });
    QObject::connect(&binder, &AuthResponseBinder::decrypted,
                     [&] { mark[u"decrypted"_s] = clock.nsecsElapsed(); });
    QObject::connect(&binder, &AuthResponseBinder::verified,
                     [&] { mark[u"verified"_s] = clock.nsecsElapsed(); });
    // The hub's record of who signed in: its own check (iOS 16+), or the desk's report with the
    // provider's signed statement, verified against the provider's keys (iOS 15 and older).
    QString requestId;
    QObject::connect(&w.hub.hub(), &Hub::HubServer::conversationChanged,
                     [&](const Protocol::ConversationDetails &d) {
                         if (d.convId == convId && !requestId.isEmpty() &&
                             d.verifiedIdentity.value("requestIdentifier"_L1).toString() ==
                                 requestId &&
                             !mark.contains(u"recorded"_s))
                             mark[u"recorded"_s] = clock.nsecsElapsed();
                     });

    QList<Stages> all;
    for (int run = 0; run < runs; ++run) {
        requestId = w.request(convId);
        Result<QUrl> start = flow.startSignIn(requestId);
        if (requestId.isEmpty() || !start) {
            out << "run " << run << " could not start: " << (start ? QString() : start.error())
                << '\n';
            return 1;
        }
        const SignInWorld::Reply page = w.fetch(start.value());
        const QString txn = QRegularExpression(u"name=\"txn\" value=\"([^\"]+)\""_s)
                                .match(QString::fromUtf8(page.body))
                                .captured(1);
        QUrlQuery form;
        form.addQueryItem(u"txn"_s, txn);
        form.addQueryItem(u"username"_s, u"maya%40example.com"_s);
        form.addQueryItem(u"password"_s, u"maya-demo-pass"_s);
        form.addQueryItem(u"action"_s, u"signin"_s);
        mark.clear();
        const qint64 submitted = clock.nsecsElapsed();
        const SignInWorld::Reply redirect =
            w.fetch(QUrl(base + u"/oauth/authorize"_s), form.query(QUrl::FullyEncoded).toLatin1());
        const qint64 redirected = clock.nsecsElapsed();
        if (redirect.location.host() == "auth.businesschat.apple.com"_L1)
            flow.completeLegacy(redirect.location);
        else
            w.fetch(redirect.location);
        if (!spinUntil([&] { return mark.contains(u"verified"_s) && mark.contains(u"recorded"_s); },
                       20000)) {
            out << "run " << run << " was not verified: " << w.tracker.request(requestId)->reason
                << '\n';
            return 1;
        }
        Stages s;
        s.login = redirected - submitted;
        s.back = mark.value(u"code"_s) - redirected;
        s.exchange = mark.value(u"exchanged"_s) - mark.value(u"code"_s);
        s.encrypt = mark.value(u"answered"_s) - mark.value(u"exchanged"_s);
        s.delivery = mark.value(u"delivered"_s) - mark.value(u"answered"_s);
        s.decrypt = mark.value(u"decrypted"_s) - mark.value(u"delivered"_s);
        s.userinfo = mark.value(u"verified"_s) - mark.value(u"decrypted"_s);
        // Recorded by the hub before the desk verified (iOS 16+): nothing to wait for.
        s.recorded = std::max<qint64>(0, mark.value(u"recorded"_s) - mark.value(u"verified"_s));
        s.total = std::max(mark.value(u"verified"_s), mark.value(u"recorded"_s)) - submitted;
        all.append(s);
    }

    auto row = [&](const char *name, qint64 Stages::*field) {
        QList<double> ms;
        for (const Stages &s : std::as_const(all))
            ms << static_cast<double>(s.*field) / 1e6;
        out << QStringLiteral("| %1 | %2 | %3 |\n")
                   .arg(QLatin1StringView(name))
                   .arg(percentile(ms, 50), 0, 'f', 2)
                   .arg(percentile(ms, 99), 0, 'f', 2);
        return percentile(ms, 99);
    };
    out << "iOS " << osVersion << ", " << runs
        << " sign-ins\n| stage | p50 ms | p99 ms |\n| --- | ---: | ---: |\n";
    row("login form checked (password hash)", &Stages::login);
    row("browser back to the hub (redirect)", &Stages::back);
    row("code exchange at the token endpoint", &Stages::exchange);
    row("encryption to the request key + store + publish", &Stages::encrypt);
    row("delivery to the desk (WebSocket)", &Stages::delivery);
    row("decryption with the keychain key", &Stages::decrypt);
    row("userinfo + introspection", &Stages::userinfo);
    row("the hub records the identity (iOS 15: the signed statement checked)", &Stages::recorded);
    const double p99 = row("total: form submitted to verified identity", &Stages::total);
    out << QStringLiteral("ASAPP's promise (back in chat within 10 s) / Signet's p99: %1x\n")
               .arg(10000.0 / p99, 0, 'f', 0);
    return 0;
}
