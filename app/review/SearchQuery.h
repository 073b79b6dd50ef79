#pragma once

#include "Result.h"
#include "protocol/Values.h"

#include <QJsonObject>

namespace Signet::Review {

// One term of a full-text query: a word, a "quoted phrase" (several words in a row), or a prefix
// (word*). Words are case-folded letters and digits; everything else separates words.
struct SearchTerm
{
    QStringList words;
    bool prefix = false;
};

// The supervisor's transcript search (.signet.review.Search): words over everything said, and
// filters on the conversation. Every field is optional; an empty query lists conversations newest
// first.
struct SearchQuery
{
    enum class Auth { Any, Verified, NotVerified, Expired, Failed };

    QString text;     // words, "phrases" and prefix* — all must occur in one conversation
    QString customer; // part of the customer's name, any case
    QString subject;  // the verified identity's subject, exactly
    QString agentId;
    Protocol::ChannelType channel = Protocol::ChannelType::Unknown; // Unknown: any
    qint64 fromTs = 0; // conversations started at or after (ms; 0: no bound)
    qint64 toTs = 0;   // … and before (0: no bound)
    Auth auth = Auth::Any;
    int limit = 50; // 1…500
    int offset = 0;

    static constexpr int kMaxTerms = 16;
    // The terms of text, at most kMaxTerms; a word is at most 64 characters.
    static QList<SearchTerm> parseTerms(const QString &text);
    // The same terms for SQLite FTS5 ("a" AND "b c" AND "d"*) and PostgreSQL to_tsquery
    // ('a' & 'b' <-> 'c' & 'd':*); built from parsed words only, so nothing in the user's text
    // can change the query's syntax. Empty when there are no terms.
    static QString fts5(const QList<SearchTerm> &terms);
    static QString tsquery(const QList<SearchTerm> &terms);
    // Case-folded text for name matching, the same on every backend.
    static QString fold(const QString &text);

    QJsonObject toJson() const;
    static Result<SearchQuery> fromJson(const QJsonObject &json);
    static QString authName(Auth auth);
};

// A conversation found, with the first matching message (\x02 … \x03 around the matches: escape
// the text, then turn those into emphasis).
struct SearchHit
{
    Protocol::HistoryEntry conversation;
    QString customerName;
    QString identitySubject;
    QString identityName;
    // "hub", "provider-signed" or "asserted" (an agent's word only); empty without an identity.
    QString identityAssurance;
    int matches = 0;        // messages that match the words
    qint64 firstMatch = -1; // the sequence of the first one
    QString snippet;
};

struct SearchResults
{
    QList<SearchHit> hits;
    bool more = false; // another page follows
};

QJsonObject toJson(const SearchHit &hit);
QJsonObject toJson(const SearchResults &results);
Result<SearchResults> decodeSearchResults(const QJsonObject &json);

} // namespace Signet::Review
