#include "channels/apple/CustomerPage.h"

#include "HubServer.h"
#include "auth/AppleAuthRequest.h"
#include "auth/VerifiedIdentity.h"
#include "channels/CustomerVisibility.h"
#include "channels/apple/AppleSignInFlow.h"
#include "channels/web/WebSignInFlow.h"
#include "logging/Logging.h"
#include "protocol/Codec.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <openssl/crypto.h>

#include <algorithm>
#include <cmath>

namespace Signet::Hub {

using namespace Qt::StringLiterals;
using namespace Protocol;

namespace {

const char *const kPage = R"HTML(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Messages</title>
<style>
 body{margin:0;font-family:-apple-system,system-ui,sans-serif;background:#fff;display:flex;flex-direction:column;height:100vh}
 header{padding:12px;text-align:center;border-bottom:1px solid #e5e5ea;font-weight:600}
 #websignin{margin-left:8px;border:1px solid #0a84ff;color:#0a84ff;background:#fff;border-radius:12px;padding:2px 10px;font-size:14px}
 #log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:6px}
 #earlier{display:flex;flex-direction:column;gap:6px;opacity:.7}
 .msg{max-width:75%;padding:8px 12px;border-radius:18px;line-height:1.3;white-space:pre-wrap;word-wrap:break-word}
 .me{align-self:flex-end;background:#0a84ff;color:#fff} .them{align-self:flex-start;background:#e9e9eb;color:#000}
 .auth{align-self:flex-start;width:280px;background:#e9e9eb;border-radius:18px;overflow:hidden}
 .auth img{display:block;object-fit:cover;background:#d1d1d6} .auth .t{font-weight:600;padding:10px 12px 0}
 .auth .s{color:#6c6c70;padding:2px 12px 10px;font-size:14px} .auth button{width:100%;border:0;border-top:1px solid #d1d1d6;background:#f2f2f7;color:#0a84ff;padding:10px;font-size:16px}
 .auth.small img{width:60px;height:60px;float:left;margin:12px} .auth.icon img{width:40px;height:40px;float:left;margin:12px}
 .auth.large img{width:263px;height:150px;margin:8px auto 0;border-radius:12px}
 .note{align-self:center;color:#8e8e93;font-size:12px}
 .receipt{align-self:flex-end;color:#8e8e93;font-size:11px;margin-top:-4px}
 #typing{align-self:flex-start;color:#8e8e93;font-size:13px;padding:0 12px}
 form{display:flex;gap:8px;padding:8px;border-top:1px solid #e5e5ea} input{flex:1;padding:10px;border-radius:18px;border:1px solid #c7c7cc;font-size:16px}
 form button{border:0;background:#0a84ff;color:#fff;border-radius:18px;padding:0 16px;font-size:16px}
</style></head>
<body><header><span id="brand">Messages</span> <button id="websignin" hidden>Sign in</button><span id="who"></span></header><div id="log"><div id="earlier"></div></div><div id="typing" hidden>typing&hellip;</div>
<form id="composer"><input id="text" autocomplete="off" placeholder="iMessage"><button id="send">Send</button></form>
<script>
const base = location.pathname, key = new URLSearchParams(location.search).get('key');
let after = -1, readUpTo = -1, lastTyping = 0; const answered = new Set(), unread = [];
function post(path, body) {
  return fetch(base + path + '?key=' + encodeURIComponent(key), {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
}
function showReceipt() {
  // "Read" under the customer's last message the agent has read.
  const old = document.getElementById('receipt'); if (old) old.remove();
  const mine = [...document.querySelectorAll('#log > .me')].filter(m => Number(m.dataset.seq) <= readUpTo);
  if (!mine.length) return;
  const r = el('div', 'receipt', 'Read'); r.id = 'receipt'; mine[mine.length - 1].after(r);
}
function sendRead() {
  if (document.visibilityState !== 'visible' || !unread.length) return;
  post('/read', {sequences: unread.splice(0)});
}
document.addEventListener('visibilitychange', sendRead);
function el(tag, cls, text) { const e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; }
function render(ev) {
  const log = document.getElementById('log');
  if (ev.signIn) {
    const card = el('div', 'auth ' + ev.signIn.style); card.id = 'signin-' + ev.signIn.requestIdentifier;
    if (ev.signIn.imageURL) { const img = el('img'); img.src = ev.signIn.imageURL; img.alt = ''; card.append(img); }
    card.append(el('div', 't', ev.signIn.title)); card.append(el('div', 's', ev.signIn.subtitle || ''));
    const b = el('button', 'signin', 'Sign in'); b.onclick = () => startSignIn(ev.signIn.requestIdentifier, b);
    if (answered.has(ev.signIn.requestIdentifier)) b.disabled = true;
    card.append(b); log.append(card);
  } else if (ev.text) {
    const m = el('div', 'msg ' + (ev.fromCustomer ? 'me' : 'them'), ev.text); m.dataset.seq = ev.sequence;
    log.append(m);
    if (!ev.fromCustomer) unread.push(ev.sequence);
  }
  if (ev.read !== undefined) { readUpTo = Math.max(readUpTo, ev.read); showReceipt(); }
  if (ev.answers) { answered.add(ev.answers); const b = document.querySelector('#signin-' + CSS.escape(ev.answers) + ' button'); if (b) b.disabled = true; }
  log.scrollTop = log.scrollHeight;
}
let shown = '';
async function showVisible() {
  try {
    const r = await fetch(base + '/visible?key=' + encodeURIComponent(key));
    if (!r.ok) return;
    const data = await r.json(); const text = JSON.stringify(data);
    if (text === shown) return; shown = text;
    const box = document.getElementById('earlier'); box.textContent = '';
    for (const c of data.conversations) {
      const when = new Date(c.startTs).toLocaleDateString();
      box.append(el('div', 'note', (c.bridged ? 'Your conversation in Messages' : 'Earlier in Messages') + ' \u00b7 ' + when));
      for (const m of c.messages) box.append(el('div', 'msg ' + (m.fromCustomer ? 'me' : 'them'), m.text));
    }
  } catch (e) {}
}
async function poll() {
  try {
    const r = await fetch(base + '/events?key=' + encodeURIComponent(key) + '&after=' + after);
    if (r.ok) { const data = await r.json(); document.getElementById('brand').textContent = data.title;
      document.getElementById('websignin').hidden = !data.webSignIn;
      document.getElementById('who').textContent = data.signedInAs ? ' \u00b7 ' + data.signedInAs : '';
      for (const ev of data.events) { render(ev); after = Math.max(after, ev.sequence); }
      document.getElementById('typing').hidden = !data.agentTyping;
      sendRead(); }
  } catch (e) {}
  showVisible();
  setTimeout(poll, 1000);
}
async function startSignIn(requestIdentifier, button) {
  button.disabled = true;
  const r = await fetch(base + '/signin?key=' + encodeURIComponent(key), {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({requestIdentifier})});
  const data = await r.json();
  if (data.url) location.href = data.url; else { button.disabled = false; document.getElementById('log').append(el('div', 'note', data.error || 'Sign-in is not possible.')); }
}
document.getElementById('websignin').onclick = async () => {
  const r = await fetch(base + '/websignin?key=' + encodeURIComponent(key), {method: 'POST'});
  const data = await r.json();
  if (data.url) location.href = data.url; else document.getElementById('log').append(el('div', 'note', data.error || 'Sign-in is not possible.'));
};
document.getElementById('text').addEventListener('input', (e) => {
  const now = Date.now();
  if (!e.target.value) { lastTyping = 0; post('/typing', {state: 'ACTIVE'}); return; }
  if (now - lastTyping > 3000) { lastTyping = now; post('/typing', {state: 'COMPOSING'}); }
});
document.getElementById('composer').onsubmit = async (e) => {
  e.preventDefault(); const input = document.getElementById('text'); const text = input.value.trim(); if (!text) return;
  input.value = ''; lastTyping = 0;
  await fetch(base + '/messages?key=' + encodeURIComponent(key), {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({text})});
};
poll();
</script></body></html>
)HTML";

QHttpServerResponse jsonError(const QString &message, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(QJsonObject{{"error"_L1, message}}, status);
}

} // namespace

QByteArray CustomerPage::scriptSource()
{
    static const QByteArray source = []() -> QByteArray {
        const QByteArray page(kPage);
        const qsizetype start = page.indexOf("<script>") + 8;
        const qsizetype end = page.indexOf("</script>", start);
        QByteArray out("'sha256-");
        out += QCryptographicHash::hash(page.mid(start, end - start), QCryptographicHash::Sha256)
                   .toBase64();
        out += '\'';
        return out;
    }();
    return source;
}

CustomerPage::CustomerPage(HubServer *hub, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
{}

void CustomerPage::addRoutes(QHttpServer &http)
{
    http.route(u"/customer/<arg>"_s, QHttpServerRequest::Method::Get,
               [this](const QString &convId, const QHttpServerRequest &request) {
                   return page(convId, request);
               });
    http.route(u"/customer/<arg>/events"_s, QHttpServerRequest::Method::Get,
               [this](const QString &convId, const QHttpServerRequest &request) {
                   return events(convId, request);
               });
    http.route(u"/customer/<arg>/messages"_s, QHttpServerRequest::Method::Post,
               [this](const QString &convId, const QHttpServerRequest &request) {
                   return send(convId, request);
               });
    http.route(u"/customer/<arg>/websignin"_s, QHttpServerRequest::Method::Post,
               [this](const QString &convId, const QHttpServerRequest &request) {
                   return webSignIn(convId, request);
               });
    http.route(u"/customer/<arg>/visible"_s, QHttpServerRequest::Method::Get,
               [this](const QString &convId, const QHttpServerRequest &request) {
                   return visible(convId, request);
               });
    http.route(u"/customer/<arg>/typing"_s, QHttpServerRequest::Method::Post,
               [this](const QString &convId, const QHttpServerRequest &request) {
                   return typing(convId, request);
               });
    http.route(u"/customer/<arg>/read"_s, QHttpServerRequest::Method::Post,
               [this](const QString &convId, const QHttpServerRequest &request) {
                   return read(convId, request);
               });
    http.route(u"/customer/<arg>/signin"_s, QHttpServerRequest::Method::Post,
               [this](const QString &convId, const QHttpServerRequest &request) {
                   return signIn(convId, request);
               });
}

QByteArray CustomerPage::keyFor(const QString &convId) const
{
    // Derived, not remembered: a customer's link keeps working after the hub restarts (or on
    // another hub on the same database).
    if (m_secret.isEmpty()) {
        Result<QByteArray> secret = m_hub->store().hubSecret(u"customer-page"_s);
        if (!secret) {
            qCWarning(lcHub) << "customer pages are unavailable:" << secret.error();
            return {};
        }
        m_secret = secret.value();
    }
    return linkKey(m_secret, convId);
}

QByteArray CustomerPage::linkKey(const QByteArray &secret, const QString &convId)
{
    return QMessageAuthenticationCode::hash(convId.toUtf8(), secret, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        .left(32);
}

QUrl CustomerPage::urlFor(const QString &convId)
{
    const QString key = QString::fromLatin1(keyFor(convId));
    QUrl url(m_hub->baseUrl() + u"/customer/"_s + convId);
    url.setQuery(u"key="_s + key);
    return url;
}

bool CustomerPage::authorised(const QString &convId, const QHttpServerRequest &request) const
{
    const QByteArray given =
        request.query().queryItemValue(u"key"_s, QUrl::FullyDecoded).toLatin1();
    const QByteArray expected = keyFor(convId);
    return !expected.isEmpty() && given.size() == expected.size() &&
           CRYPTO_memcmp(given.constData(), expected.constData(),
                         static_cast<size_t>(given.size())) == 0;
}

QHttpServerResponse CustomerPage::page(const QString &convId, const QHttpServerRequest &request)
{
    if (!authorised(convId, request))
        return QHttpServerResponse("text/html; charset=utf-8", QByteArray("<h1>Not found</h1>"),
                                   QHttpServerResponse::StatusCode::NotFound);
    return QHttpServerResponse("text/html; charset=utf-8", QByteArray(kPage));
}

QHttpServerResponse CustomerPage::visible(const QString &convId, const QHttpServerRequest &request)
{
    if (!authorised(convId, request))
        return jsonError(tr("Not found"), QHttpServerResponse::StatusCode::NotFound);
    // Only what the cross-channel rules let this customer see (CustomerVisibility).
    QJsonArray out;
    const QList<CustomerVisibility::Visible> visible =
        CustomerVisibility(m_hub->store()).visibleFrom(convId, QDateTime::currentMSecsSinceEpoch());
    for (const CustomerVisibility::Visible &v : visible) {
        QJsonArray messages;
        for (const MessagingEvent &e : m_hub->store().events(v.link.conversationId, -1, 500)) {
            if (e.event.type != Event::Type::Content || e.event.agentsOnly)
                continue; // private notes never reach the customer
            messages.append(
                QJsonObject{{"fromCustomer"_L1, e.originatorRole == ParticipantRole::Consumer},
                            {"at"_L1, e.serverTimestamp},
                            {"text"_L1, e.event.message}});
        }
        out.append(QJsonObject{{"conversationId"_L1, v.link.conversationId},
                               {"channel"_L1, channelName(v.link.channel)},
                               {"startTs"_L1, v.link.startTs},
                               {"bridged"_L1, v.bridged},
                               {"messages"_L1, messages}});
    }
    return QHttpServerResponse(QJsonObject{{"conversations"_L1, out}});
}

QHttpServerResponse CustomerPage::events(const QString &convId, const QHttpServerRequest &request)
{
    if (!authorised(convId, request))
        return jsonError(tr("Not found"), QHttpServerResponse::StatusCode::NotFound);
    bool ok = false;
    const qint64 after = request.query().queryItemValue(u"after"_s).toLongLong(&ok);
    QJsonArray out;
    for (const MessagingEvent &e : m_hub->store().events(convId, ok ? after : -1, 500)) {
        if (e.event.agentsOnly)
            continue; // a private note between agents and supervisors
        QJsonObject item{{"sequence"_L1, e.sequence},
                         {"fromCustomer"_L1, e.originatorRole == ParticipantRole::Consumer},
                         {"at"_L1, e.serverTimestamp}};
        if (e.event.type == Event::Type::Content)
            item.insert("text"_L1, e.event.message);
        if (auto asked = Auth::AppleAuthRequest::parse(e.metadata); asked && asked->ok()) {
            const Auth::Bubble &b = asked->value().draft.received;
            item.insert("signIn"_L1,
                        QJsonObject{{"requestIdentifier"_L1, asked->value().requestIdentifier},
                                    {"title"_L1, b.title},
                                    {"subtitle"_L1, b.subtitle},
                                    {"imageURL"_L1, b.imageUrl},
                                    {"style"_L1, Auth::styleName(b.style)}});
        }
        if (const auto response = Auth::AuthResponse::find(e.metadata))
            item.insert("answers"_L1, response->requestIdentifier);
        // The agent read the customer's messages up to here (for the page's "Read").
        if (e.event.type == Event::Type::AcceptStatus && e.event.status == "READ"_L1 &&
            e.originatorRole != ParticipantRole::Consumer && !e.event.sequenceList.isEmpty())
            item.insert("read"_L1, *std::max_element(e.event.sequenceList.begin(),
                                                     e.event.sequenceList.end()));
        if (e.event.type == Event::Type::Content || item.contains("signIn"_L1) ||
            item.contains("read"_L1))
            out.append(item);
    }
    // A web chat visitor may sign in from the page's header (an Apple customer from the request).
    const std::optional<ConversationDetails> details = m_hub->store().conversation(convId);
    const bool web = details && details->context.channel == ChannelType::WebChat;
    // Only what the hub checked: an agent's assertion is not shown to the customer as theirs.
    const QString signedInAs = details && isCheckedIdentity(details->verifiedIdentity)
                                   ? details->verifiedIdentity.value("name"_L1).toString(
                                         details->verifiedIdentity.value("subject"_L1).toString())
                                   : QString();
    return QHttpServerResponse(
        QJsonObject{{"title"_L1, m_hub->oauth().options().brandName},
                    {"events"_L1, out},
                    {"webSignIn"_L1, web && signedInAs.isEmpty()},
                    {"signedInAs"_L1, signedInAs},
                    {"agentTyping"_L1, m_hub->agentChatState(convId) == "COMPOSING"_L1}});
}

QHttpServerResponse CustomerPage::send(const QString &convId, const QHttpServerRequest &request)
{
    if (!authorised(convId, request))
        return jsonError(tr("Not found"), QHttpServerResponse::StatusCode::NotFound);
    const QString text =
        QJsonDocument::fromJson(request.body()).object().value("text"_L1).toString().trimmed();
    if (text.isEmpty() || text.size() > 4096)
        return jsonError(tr("Write a message of up to 4096 characters."),
                         QHttpServerResponse::StatusCode::BadRequest);
    if (Status valid = checkMessageText(text); !valid)
        return jsonError(tr("The message is not valid text: %1.").arg(valid.error()),
                         QHttpServerResponse::StatusCode::BadRequest);
    const Result<MessagingEvent> sent = m_hub->consumerSend(convId, text);
    if (!sent)
        return jsonError(sent.error(), sent.errorCode() == Store::kConversationFull
                                           ? QHttpServerResponse::StatusCode::PayloadTooLarge
                                           : QHttpServerResponse::StatusCode::Conflict);
    return QHttpServerResponse(QJsonObject{{"sequence"_L1, sent->sequence}});
}

QHttpServerResponse CustomerPage::typing(const QString &convId, const QHttpServerRequest &request)
{
    if (!authorised(convId, request))
        return jsonError(tr("Not found"), QHttpServerResponse::StatusCode::NotFound);
    const QString state =
        QJsonDocument::fromJson(request.body()).object().value("state"_L1).toString();
    if (state != "COMPOSING"_L1 && state != "ACTIVE"_L1 && state != "PAUSE"_L1)
        return jsonError(tr("state is COMPOSING, PAUSE or ACTIVE."),
                         QHttpServerResponse::StatusCode::BadRequest);
    const std::optional<ConversationDetails> details = m_hub->store().conversation(convId);
    if (!details || details->state != ConversationState::Open)
        return jsonError(tr("The conversation is closed."),
                         QHttpServerResponse::StatusCode::Conflict);
    m_hub->relayChatState(convId, details->consumerId(), ParticipantRole::Consumer, state);
    return QHttpServerResponse(QJsonObject{});
}

QHttpServerResponse CustomerPage::read(const QString &convId, const QHttpServerRequest &request)
{
    if (!authorised(convId, request))
        return jsonError(tr("Not found"), QHttpServerResponse::StatusCode::NotFound);
    const QJsonArray given =
        QJsonDocument::fromJson(request.body()).object().value("sequences"_L1).toArray();
    if (given.isEmpty() || given.size() > 500)
        return jsonError(tr("sequences is a list of 1 to 500 sequence numbers."),
                         QHttpServerResponse::StatusCode::BadRequest);
    QList<qint64> sequences;
    for (const QJsonValue &v : given) {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 9e15 || d != std::floor(d))
            return jsonError(tr("sequences is a list of sequence numbers."),
                             QHttpServerResponse::StatusCode::BadRequest);
        sequences << static_cast<qint64>(d);
    }
    if (Status read = m_hub->consumerAcknowledge(convId, u"READ"_s, sequences); !read)
        return jsonError(read.error(), QHttpServerResponse::StatusCode::Conflict);
    return QHttpServerResponse(QJsonObject{});
}

QHttpServerResponse CustomerPage::signIn(const QString &convId, const QHttpServerRequest &request)
{
    if (!authorised(convId, request))
        return jsonError(tr("Not found"), QHttpServerResponse::StatusCode::NotFound);
    const QString requestId =
        QJsonDocument::fromJson(request.body()).object().value("requestIdentifier"_L1).toString();
    const std::optional<Store::AuthRequestRecord> record = m_hub->store().authRequest(requestId);
    if (!record || record->conversationId != convId)
        return jsonError(tr("No such sign-in request here."),
                         QHttpServerResponse::StatusCode::NotFound);
    const Result<QUrl> start = m_hub->appleSignIn().startSignIn(requestId, true, urlFor(convId));
    if (!start)
        return jsonError(start.error(), QHttpServerResponse::StatusCode::Conflict);
    return QHttpServerResponse(QJsonObject{{"url"_L1, QString::fromUtf8(start->toEncoded())}});
}

QHttpServerResponse CustomerPage::webSignIn(const QString &convId,
                                            const QHttpServerRequest &request)
{
    if (!authorised(convId, request))
        return jsonError(tr("Not found"), QHttpServerResponse::StatusCode::NotFound);
    const Result<QUrl> start = m_hub->webSignIn().start(convId, urlFor(convId));
    if (!start)
        return jsonError(start.error(), QHttpServerResponse::StatusCode::Conflict);
    return QHttpServerResponse(QJsonObject{{"url"_L1, QString::fromUtf8(start->toEncoded())}});
}

} // namespace Signet::Hub
