#include "review/SearchQuery.h"

#include "protocol/Codec.h"
#include "protocol/JsonReader.h"

#include <QJsonArray>

namespace Signet::Review {

using namespace Qt::StringLiterals;
using namespace Protocol;

namespace {
constexpr int kMaxWordLength = 64;

QStringList wordsOf(const QString &text)
{
    QStringList words;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            words << current.left(kMaxWordLength);
        current.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            current += c;
        else
            flush();
    }
    flush();
    return words;
}

const QList<std::pair<SearchQuery::Auth, QString>> &authNames()
{
    static const QList<std::pair<SearchQuery::Auth, QString>> names{
        {SearchQuery::Auth::Any, u"any"_s},
        {SearchQuery::Auth::Verified, u"verified"_s},
        {SearchQuery::Auth::NotVerified, u"not-verified"_s},
        {SearchQuery::Auth::Expired, u"expired"_s},
        {SearchQuery::Auth::Failed, u"failed"_s}};
    return names;
}
} // namespace

QString SearchQuery::fold(const QString &text)
{
    return text.toCaseFolded();
}

QList<SearchTerm> SearchQuery::parseTerms(const QString &text)
{
    QList<SearchTerm> terms;
    qsizetype i = 0;
    while (i < text.size() && terms.size() < kMaxTerms) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        SearchTerm term;
        if (text.at(i) == u'"') {
            const qsizetype close = text.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? text.size() : close;
            term.words = wordsOf(fold(text.mid(i + 1, end - i - 1)));
            i = end + 1;
        } else {
            qsizetype end = i;
            while (end < text.size() && !text.at(end).isSpace() && text.at(end) != u'"')
                ++end;
            QString token = text.mid(i, end - i);
            term.prefix = token.endsWith(u'*');
            term.words = wordsOf(fold(token));
            // "e-mail" is the phrase e mail; a prefix applies to its last word.
            i = end;
        }
        if (!term.words.isEmpty())
            terms.append(term);
    }
    return terms;
}

QString SearchQuery::fts5(const QList<SearchTerm> &terms)
{
    QStringList parts;
    for (const SearchTerm &t : terms)
        parts << u'"' + t.words.join(u' ') + u'"' + (t.prefix ? u"*"_s : QString());
    return parts.join(u" AND "_s);
}

QString SearchQuery::tsquery(const QList<SearchTerm> &terms)
{
    QStringList parts;
    for (const SearchTerm &t : terms) {
        QStringList words;
        for (qsizetype i = 0; i < t.words.size(); ++i) {
            const bool last = i == t.words.size() - 1;
            words << u'\'' + t.words.at(i) + u'\'' + (last && t.prefix ? u":*"_s : QString());
        }
        parts << (words.size() > 1 ? u'(' + words.join(u" <-> "_s) + u')' : words.first());
    }
    return parts.join(u" & "_s);
}

QString SearchQuery::authName(Auth auth)
{
    for (const auto &[value, name] : authNames())
        if (value == auth)
            return name;
    return u"any"_s;
}

QJsonObject SearchQuery::toJson() const
{
    QJsonObject json{
        {"text"_L1, text},           {"customer"_L1, customer}, {"subject"_L1, subject},
        {"agentId"_L1, agentId},     {"from"_L1, fromTs},       {"to"_L1, toTs},
        {"auth"_L1, authName(auth)}, {"limit"_L1, limit},       {"offset"_L1, offset}};
    if (channel != ChannelType::Unknown)
        json.insert("channel"_L1, channelName(channel));
    return json;
}

Result<SearchQuery> SearchQuery::fromJson(const QJsonObject &json)
{
    JsonReader r(json, u"body"_s);
    SearchQuery q;
    q.text = r.optionalString("text"_L1).left(1000);
    q.customer = r.optionalString("customer"_L1).left(200);
    q.subject = r.optionalString("subject"_L1).left(500);
    q.agentId = r.optionalString("agentId"_L1).left(200);
    const QString channel = r.optionalString("channel"_L1);
    if (!channel.isEmpty()) {
        q.channel = channelFromString(channel);
        if (q.channel == ChannelType::Unknown)
            r.failAt("channel"_L1, u"expected AppleBusinessChat or WebChat"_s);
    }
    q.fromTs = r.optionalInteger("from"_L1, 0);
    q.toTs = r.optionalInteger("to"_L1, 0);
    const QString auth = r.optionalString("auth"_L1, u"any"_s);
    bool known = false;
    for (const auto &[value, name] : authNames()) {
        if (name == auth) {
            q.auth = value;
            known = true;
        }
    }
    if (!known)
        r.failAt("auth"_L1, u"expected any, verified, not-verified, expired or failed"_s);
    q.limit = static_cast<int>(r.optionalInteger("limit"_L1, 50));
    q.offset = static_cast<int>(r.optionalInteger("offset"_L1, 0));
    if (r.ok() && (q.limit < 1 || q.limit > 500))
        r.failAt("limit"_L1, u"expected 1 to 500"_s);
    if (r.ok() && q.offset < 0)
        r.failAt("offset"_L1, u"must not be negative"_s);
    if (!r.ok())
        return fail(r.error());
    return q;
}

QJsonObject toJson(const SearchHit &hit)
{
    return {{"conversation"_L1, Protocol::toJson(hit.conversation)},
            {"customerName"_L1, hit.customerName},
            {"identitySubject"_L1, hit.identitySubject},
            {"identityName"_L1, hit.identityName},
            {"identityAssurance"_L1, hit.identityAssurance},
            {"matches"_L1, hit.matches},
            {"firstMatch"_L1, hit.firstMatch},
            {"snippet"_L1, hit.snippet}};
}

QJsonObject toJson(const SearchResults &results)
{
    QJsonArray hits;
    for (const SearchHit &hit : results.hits)
        hits.append(toJson(hit));
    return {{"hits"_L1, hits}, {"more"_L1, results.more}};
}

Result<SearchResults> decodeSearchResults(const QJsonObject &json)
{
    JsonReader r(json, u"body"_s);
    SearchResults results;
    results.more = r.optionalBool("more"_L1, false);
    const QJsonArray hits = r.array("hits"_L1);
    for (qsizetype i = 0; i < hits.size() && r.ok(); ++i) {
        JsonReader h = r.element(hits, i, "hits"_L1);
        SearchHit hit;
        const QJsonObject conversation = h.object("conversation"_L1);
        hit.customerName = h.optionalString("customerName"_L1);
        hit.identitySubject = h.optionalString("identitySubject"_L1);
        hit.identityName = h.optionalString("identityName"_L1);
        hit.identityAssurance = h.optionalString("identityAssurance"_L1);
        hit.matches = static_cast<int>(h.optionalInteger("matches"_L1, 0));
        hit.firstMatch = h.optionalInteger("firstMatch"_L1, -1);
        hit.snippet = h.optionalString("snippet"_L1);
        if (!r.ok())
            break;
        Result<HistoryEntry> entry =
            decodeHistoryEntry(conversation, u"body.hits[%1].conversation"_s.arg(i));
        if (!entry)
            return fail(entry.error());
        hit.conversation = entry.value();
        results.hits.append(hit);
    }
    if (!r.ok())
        return fail(r.error());
    return results;
}

} // namespace Signet::Review
