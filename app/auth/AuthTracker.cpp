#include "auth/AuthTracker.h"

#include "logging/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Signet::Auth {

using namespace Qt::StringLiterals;

namespace {
// Ended requests kept for the transcript cards and the customer panel; older ones are dropped.
constexpr int kKeepEnded = 500;

QString stateKey(AuthTracker::State s)
{
    switch (s) {
    case AuthTracker::State::Sending:
        return u"sending"_s;
    case AuthTracker::State::Sent:
        return u"sent"_s;
    case AuthTracker::State::Succeeded:
        return u"succeeded"_s;
    case AuthTracker::State::Failed:
        return u"failed"_s;
    case AuthTracker::State::Expired:
        return u"expired"_s;
    case AuthTracker::State::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

std::optional<AuthTracker::State> stateFromKey(const QString &key)
{
    for (auto s :
         {AuthTracker::State::Sending, AuthTracker::State::Sent, AuthTracker::State::Succeeded,
          AuthTracker::State::Failed, AuthTracker::State::Expired, AuthTracker::State::Cancelled}) {
        if (stateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString stamp(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODateWithMs) : QString();
}
} // namespace

AuthTracker::AuthTracker(QString storagePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(storagePath))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AuthTracker::expireDue);
}

QString AuthTracker::stateText(State state)
{
    switch (state) {
    case State::Sending:
        return tr("Sending…");
    case State::Sent:
        return tr("Waiting for the customer to sign in");
    case State::Succeeded:
        return tr("Signed in");
    case State::Failed:
        return tr("Failed");
    case State::Expired:
        return tr("Expired without an answer");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

Status AuthTracker::load()
{
    QFile file(m_path);
    if (!file.exists())
        return Done{};
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    QJsonParseError error;
    const QJsonArray all =
        QJsonDocument::fromJson(file.readAll(), &error).object().value("requests"_L1).toArray();
    if (error.error != QJsonParseError::NoError)
        return fail(tr("%1 is damaged (%2); sign-in request states were not restored.")
                        .arg(m_path, error.errorString()));
    m_requests.clear();
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        Request r;
        r.requestId = o.value("requestId"_L1).toString();
        r.conversationId = o.value("conversationId"_L1).toString();
        const std::optional<State> state = stateFromKey(o.value("state"_L1).toString());
        if (r.requestId.isEmpty() || !state)
            continue;
        r.state = *state;
        r.reason = o.value("reason"_L1).toString();
        r.created = QDateTime::fromString(o.value("created"_L1).toString(), Qt::ISODateWithMs);
        r.sent = QDateTime::fromString(o.value("sent"_L1).toString(), Qt::ISODateWithMs);
        r.expires = QDateTime::fromString(o.value("expires"_L1).toString(), Qt::ISODateWithMs);
        r.ended = QDateTime::fromString(o.value("ended"_L1).toString(), Qt::ISODateWithMs);
        r.draft.received = bubbleFromStoredJson(o.value("received"_L1).toObject());
        r.draft.reply = bubbleFromStoredJson(o.value("reply"_L1).toObject());
        r.identity = VerifiedIdentity::fromJson(o.value("identity"_L1).toObject());
        r.answerSequence = o.value("answerSequence"_L1).toInteger(-1);
        // A request still "sending" may wait in the desk's outbox: SignInService settles it.
        m_requests.append(r);
    }
    expireDue();
    scheduleExpiry();
    return Done{};
}

void AuthTracker::save()
{
    // Keep every pending request and the most recent ended ones.
    int ended = 0;
    for (int i = static_cast<int>(m_requests.size()) - 1; i >= 0; --i) {
        if (!m_requests.at(i).isPending() && ++ended > kKeepEnded)
            m_requests.removeAt(i);
    }
    QJsonArray all;
    for (const Request &r : std::as_const(m_requests)) {
        all.append(QJsonObject{{"requestId"_L1, r.requestId},
                               {"conversationId"_L1, r.conversationId},
                               {"state"_L1, stateKey(r.state)},
                               {"reason"_L1, r.reason},
                               {"created"_L1, stamp(r.created)},
                               {"sent"_L1, stamp(r.sent)},
                               {"expires"_L1, stamp(r.expires)},
                               {"ended"_L1, stamp(r.ended)},
                               {"received"_L1, toStoredJson(r.draft.received)},
                               {"reply"_L1, toStoredJson(r.draft.reply)},
                               {"identity"_L1, r.identity.toJson()},
                               {"answerSequence"_L1, r.answerSequence}});
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(QJsonObject{{"version"_L1, 1}, {"requests"_L1, all}}).toJson()) <
            0 ||
        !file.commit())
        qCWarning(lcConversation) << "could not save sign-in request states to" << m_path
                                  << file.errorString();
}

void AuthTracker::create(const QString &requestId, const QString &conversationId,
                         const AuthRequestDraft &draft)
{
    Request r;
    r.requestId = requestId;
    r.conversationId = conversationId;
    r.created = now();
    r.expires = r.created.addSecs(m_expiry.count());
    r.draft = draft;
    m_requests.append(r);
    save();
    scheduleExpiry();
    emit changed(requestId);
}

void AuthTracker::transition(const QString &requestId, State to, const QString &reason,
                             const VerifiedIdentity &identity, qint64 answerSequence)
{
    for (Request &r : m_requests) {
        if (r.requestId != requestId)
            continue;
        if (!r.isPending())
            return; // final states are final
        r.state = to;
        r.reason = reason;
        r.identity = identity;
        r.answerSequence = answerSequence;
        if (to == State::Sent) {
            r.sent = now();
        } else {
            r.ended = now();
        }
        save();
        scheduleExpiry();
        emit changed(requestId);
        if (!r.isPending())
            emit ended(requestId);
        return;
    }
}

void AuthTracker::markSent(const QString &requestId)
{
    transition(requestId, State::Sent);
}

void AuthTracker::markSucceeded(const QString &requestId, const VerifiedIdentity &identity,
                                qint64 answerSequence)
{
    transition(requestId, State::Succeeded, QString(), identity, answerSequence);
}

void AuthTracker::markFailed(const QString &requestId, const QString &reason, qint64 answerSequence)
{
    transition(requestId, State::Failed, reason, {}, answerSequence);
}

void AuthTracker::cancel(const QString &requestId)
{
    transition(requestId, State::Cancelled);
}

void AuthTracker::expireDue()
{
    const QDateTime t = now();
    QStringList due;
    for (const Request &r : std::as_const(m_requests)) {
        if (r.isPending() && r.expires.isValid() && r.expires <= t)
            due << r.requestId;
    }
    for (const QString &id : due)
        transition(id, State::Expired);
    scheduleExpiry();
}

void AuthTracker::scheduleExpiry()
{
    QDateTime next;
    for (const Request &r : std::as_const(m_requests)) {
        if (r.isPending() && r.expires.isValid() && (!next.isValid() || r.expires < next))
            next = r.expires;
    }
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    m_timer.start(
        static_cast<int>(std::clamp<qint64>(now().msecsTo(next) + 50, 0, 24LL * 3600 * 1000)));
}

QStringList AuthTracker::sendingRequests() const
{
    QStringList out;
    for (const Request &r : m_requests) {
        if (r.state == State::Sending)
            out << r.requestId;
    }
    return out;
}

std::optional<AuthTracker::Request> AuthTracker::request(const QString &requestId) const
{
    for (const Request &r : m_requests) {
        if (r.requestId == requestId)
            return r;
    }
    return std::nullopt;
}

std::optional<AuthTracker::Request> AuthTracker::latest(const QString &conversationId) const
{
    for (auto it = m_requests.crbegin(); it != m_requests.crend(); ++it) {
        if (it->conversationId == conversationId)
            return *it;
    }
    return std::nullopt;
}

std::optional<AuthTracker::Request> AuthTracker::pending(const QString &conversationId) const
{
    for (auto it = m_requests.crbegin(); it != m_requests.crend(); ++it) {
        if (it->conversationId == conversationId && it->isPending())
            return *it;
    }
    return std::nullopt;
}

} // namespace Signet::Auth
