// Supervisor search latency over a large store, and a verified customer's history load, on the
// real Store code (the same queries the hub answers .signet.review.Search and
// .signet.history.Conversations with). The data: MESSAGES messages in conversations of 20, words
// drawn from a Zipf-distributed vocabulary, 40 % of conversations verified, one identity with 200
// conversations. ./dev.sh bench runs it on SQLite and on a throwaway PostgreSQL;
// docs/benchmarks.md.
//   search_bench sqlite|postgresql [MESSAGES]
// (postgresql: under tests/support/with-postgres.sh, which provides the server.)
#include "TestDatabase.h"
#include "protocol/Codec.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlError>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <random>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kPerConversation = 20;
constexpr int kHistoryConversations = 200;

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index =
        static_cast<qsizetype>(std::ceil(p / 100.0 * static_cast<double>(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

// Pronounceable made-up words, so no two are alike and none is a stop word.
QStringList vocabulary(int size, std::mt19937 &rng)
{
    static const QStringList syllables{u"ka"_s, u"lo"_s, u"mi"_s, u"ne"_s, u"ru"_s, u"sa"_s,
                                       u"ti"_s, u"vo"_s, u"ba"_s, u"de"_s, u"fu"_s, u"gi"_s,
                                       u"ho"_s, u"ja"_s, u"pe"_s, u"zu"_s};
    QSet<QString> seen;
    QStringList words{u"refund"_s,  u"charged"_s, u"card"_s,     u"order"_s,   u"delivery"_s,
                      u"address"_s, u"account"_s, u"password"_s, u"invoice"_s, u"subscription"_s};
    for (const QString &w : std::as_const(words))
        seen.insert(w);
    std::uniform_int_distribution<int> syllableCount(2, 4);
    std::uniform_int_distribution<qsizetype> pick(0, syllables.size() - 1);
    while (words.size() < size) {
        QString w;
        for (int i = syllableCount(rng); i > 0; --i)
            w += syllables.at(pick(rng));
        if (!seen.contains(w)) {
            seen.insert(w);
            words << w;
        }
    }
    return words;
}

struct Loader
{
    QSqlDatabase db;
    bool sqlite = true;
    QString error;

    bool exec(QSqlQuery &q)
    {
        if (q.exec())
            return true;
        error = q.lastError().text();
        return false;
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString backend = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"sqlite"_s;
    const int messages =
        argc > 2 ? std::max(1000, QString::fromLocal8Bit(argv[2]).toInt()) : 1000000;
    const bool sqlite = backend == "sqlite"_L1;
    if (!sqlite && !onPostgres()) {
        out << "postgresql: run under tests/support/with-postgres.sh\n";
        return 2;
    }
    QTemporaryDir dir;
    const QString location = freshDatabase(dir, u"bench.sqlite"_s);
    {
        Store schema; // migrations, triggers and indexes as the hub has them
        if (Status opened = schema.open(location); !opened) {
            out << opened.error() << '\n';
            return 1;
        }
    }

    // Bulk load through one raw connection in large transactions (the hub's own path commits each
    // event on its own, which is right for durability and wrong for loading a million rows).
    std::mt19937 rng(20261121);
    const QStringList words = vocabulary(5000, rng);
    // Zipf: word i has weight 1/(i+1).
    std::vector<double> weights(static_cast<size_t>(words.size()));
    for (size_t i = 0; i < weights.size(); ++i)
        weights[i] = 1.0 / static_cast<double>(i + 1);
    std::discrete_distribution<int> zipf(weights.begin(), weights.end());
    std::uniform_int_distribution<int> length(6, 18);
    static const QStringList firstNames{u"Maya"_s, u"Daniel"_s, u"Rosa"_s, u"Sam"_s,  u"Ana"_s,
                                        u"Bo"_s,   u"Chen"_s,   u"Ola"_s,  u"Ines"_s, u"Yuki"_s};
    static const QStringList lastNames{u"Chen"_s,  u"Okafor"_s, u"Álvarez"_s, u"Patel"_s,
                                       u"Nowak"_s, u"Smith"_s,  u"Rossi"_s,   u"Kim"_s};

    QElapsedTimer loadClock;
    loadClock.start();
    Loader l;
    l.sqlite = sqlite;
    l.db = rawConnection(location, u"bench-load"_s);
    if (!l.db.isOpen()) {
        out << "cannot open " << Store::displayLocation(location) << '\n';
        return 1;
    }
    {
        QSqlQuery pragma(l.db);
        if (sqlite)
            pragma.exec(u"PRAGMA synchronous=OFF"_s);
        else
            pragma.exec(u"SET synchronous_commit = off"_s);
    }
    const int conversations = messages / kPerConversation;
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(conversations) * 60000;
    QSqlQuery consumer(l.db), conversation(l.db), event(l.db), link(l.db);
    consumer.prepare(u"INSERT INTO consumers (id, first_name, last_name, context_json, "
                     "name_folded) VALUES (?, ?, ?, ?, ?)"_s);
    conversation.prepare(u"INSERT INTO conversations (id, consumer_id, state, skill, start_ts, "
                         "end_ts, assigned_agent, context_json, verified_identity_json, channel) "
                         "VALUES (?, ?, 'CLOSE', 'general', ?, ?, ?, ?, ?, ?)"_s);
    event.prepare(u"INSERT INTO events (conv_id, sequence, originator_id, role, server_ts, "
                  "event_json, metadata_json, is_content, chain_hash) VALUES "
                  "(?, ?, ?, ?, ?, ?, '[]', 1, 'bench')"_s);
    link.prepare(u"INSERT INTO identity_links (conv_id, issuer, subject, request_id, verified_ts, "
                 "expires_ts) VALUES (?, 'https://idp.bench', ?, '', ?, ?)"_s);
    const int customers = std::max(1, conversations / 3);
    std::uniform_int_distribution<int> whichCustomer(1, customers - 1);
    l.db.transaction();
    for (int c = 0; c < customers; ++c) {
        const QString first = firstNames.at(c % firstNames.size());
        const QString last = lastNames.at((c / firstNames.size()) % lastNames.size());
        const bool web = c % 2;
        consumer.addBindValue(u"cust-%1"_s.arg(c));
        consumer.addBindValue(first);
        consumer.addBindValue(last);
        consumer.addBindValue(web ? u"{\"type\":\"WebChat\"}"_s
                                  : u"{\"type\":\"AppleBusinessChat\"}"_s);
        consumer.addBindValue(QString(first + u' ' + last).toCaseFolded());
        if (!l.exec(consumer))
            break;
    }
    std::bernoulli_distribution verified(0.4);
    for (int c = 0; c < conversations && l.error.isEmpty(); ++c) {
        // Customer 0 is the one with a long history: 200 conversations.
        const int who = c < kHistoryConversations ? 0 : whichCustomer(rng);
        const QString convId = u"conv-%1"_s.arg(c);
        const qint64 ts = start + qint64(c) * 60000;
        const bool isVerified = who == 0 || verified(rng);
        const QString subject = u"subject-%1"_s.arg(who);
        conversation.addBindValue(convId);
        conversation.addBindValue(u"cust-%1"_s.arg(who));
        conversation.addBindValue(ts);
        conversation.addBindValue(ts + 30 * 60000);
        conversation.addBindValue(u"agent-%1"_s.arg(c % 50));
        conversation.addBindValue(who % 2 ? u"{\"type\":\"WebChat\"}"_s
                                          : u"{\"type\":\"AppleBusinessChat\"}"_s);
        conversation.addBindValue(
            isVerified ? u"{\"issuer\":\"https://idp.bench\",\"subject\":\"%1\"}"_s.arg(subject)
                       : u"{}"_s);
        conversation.addBindValue(who % 2 ? u"WebChat"_s : u"AppleBusinessChat"_s);
        if (!l.exec(conversation))
            break;
        if (isVerified) {
            link.addBindValue(convId);
            link.addBindValue(subject);
            link.addBindValue(ts);
            link.addBindValue(ts + 3600000);
            if (!l.exec(link))
                break;
        }
        for (int s = 0; s < kPerConversation; ++s) {
            QStringList text;
            for (int n = length(rng); n > 0; --n)
                text << words.at(zipf(rng));
            Protocol::Event e;
            e.message = text.join(u' ');
            event.addBindValue(convId);
            event.addBindValue(s);
            event.addBindValue(s % 2 ? u"agent-%1"_s.arg(c % 50) : u"cust-%1"_s.arg(who));
            event.addBindValue(s % 2 ? u"ASSIGNED_AGENT"_s : u"CONSUMER"_s);
            event.addBindValue(ts + s * 1000);
            event.addBindValue(QString::fromUtf8(
                QJsonDocument(Protocol::toJson(e)).toJson(QJsonDocument::Compact)));
            if (!l.exec(event))
                break;
        }
        if (c % 1000 == 999) {
            l.db.commit();
            l.db.transaction();
        }
    }
    l.db.commit();
    if (!l.error.isEmpty()) {
        out << "load failed: " << l.error << '\n';
        return 1;
    }
    if (!sqlite) {
        QSqlQuery analyze(l.db);
        analyze.exec(u"ANALYZE"_s);
    }
    l.db = QSqlDatabase();
    closeRawConnection(u"bench-load"_s);
    out << backend << ": loaded " << conversations * kPerConversation << " messages in "
        << conversations << " conversations (" << customers << " customers) in "
        << loadClock.elapsed() / 1000 << " s\n";

    Store store;
    if (Status opened = store.open(location); !opened) {
        out << opened.error() << '\n';
        return 1;
    }
    // The queries a supervisor types, each kind 40 times with different words.
    struct Kind
    {
        QString name;
        std::function<Review::SearchQuery(int)> make;
    };
    auto word = [&](int rank) { return words.at(std::clamp(rank, 0, int(words.size()) - 1)); };
    const QList<Kind> kinds{
        {u"rare word"_s,
         [&](int i) {
             Review::SearchQuery q;
             q.text = word(2000 + i * 37);
             return q;
         }},
        {u"common word"_s,
         [&](int i) {
             Review::SearchQuery q;
             q.text = word(i % 20);
             return q;
         }},
        {u"two words"_s,
         [&](int i) {
             Review::SearchQuery q;
             q.text = word(i % 10) + u' ' + word(50 + i * 7);
             return q;
         }},
        {u"phrase"_s,
         [&](int i) {
             Review::SearchQuery q;
             q.text = u'"' + word(i % 5) + u' ' + word(5 + i % 5) + u'"';
             return q;
         }},
        {u"prefix"_s,
         [&](int i) {
             Review::SearchQuery q;
             q.text = word(100 + i * 11).left(4) + u'*';
             return q;
         }},
        {u"words + filters"_s,
         [&](int i) {
             Review::SearchQuery q;
             q.text = word(30 + i);
             q.channel = Protocol::ChannelType::WebChat;
             q.auth = Review::SearchQuery::Auth::Verified;
             return q;
         }},
        {u"customer name"_s,
         [&](int i) {
             Review::SearchQuery q;
             q.customer = lastNames.at(i % lastNames.size()).toLower();
             return q;
         }},
        {u"date range"_s,
         [&](int i) {
             Review::SearchQuery q;
             q.fromTs = start + qint64(i) * 600000;
             q.toTs = q.fromTs + 3600000;
             return q;
         }},
    };
    QList<double> all;
    out << "search latency (ms, 40 queries each, 50 results with snippets):\n";
    for (const Kind &kind : kinds) {
        QList<double> times;
        qsizetype hits = 0;
        for (int i = 0; i < 40; ++i) {
            const Review::SearchQuery q = kind.make(i);
            QElapsedTimer t;
            t.start();
            const Review::SearchResults results = store.search(q);
            times << double(t.nsecsElapsed()) / 1e6;
            hits += results.hits.size();
        }
        all += times;
        out << "  " << kind.name.leftJustified(16) << " p50 "
            << QString::number(percentile(times, 50), 'f', 1) << "  p99 "
            << QString::number(percentile(times, 99), 'f', 1) << "  (avg hits " << hits / 40
            << ")\n";
    }
    out << "  all " << all.size() << " queries: p50 "
        << QString::number(percentile(all, 50), 'f', 1) << " ms, p99 "
        << QString::number(percentile(all, 99), 'f', 1) << " ms\n";

    QList<double> history;
    qsizetype rows = 0;
    for (int i = 0; i < 100; ++i) {
        QElapsedTimer t;
        t.start();
        Protocol::HistoryResponse response;
        response.conversations = store.history(u"https://idp.bench"_s, u"subject-0"_s);
        rows = response.conversations.size();
        const QByteArray json = QJsonDocument(Protocol::toJson(response)).toJson();
        history << double(t.nsecsElapsed()) / 1e6;
    }
    out << "history of a customer with " << rows << " conversations (100 loads, with JSON): p50 "
        << QString::number(percentile(history, 50), 'f', 1) << " ms, p99 "
        << QString::number(percentile(history, 99), 'f', 1) << " ms\n";

    // The hub's own insert path on top of the million: each event appended and committed on its
    // own (durable before the hub acknowledges it), full-text index and hash chain maintained.
    QList<double> inserts;
    std::uniform_int_distribution<int> anyConversation(0, conversations - 1);
    QElapsedTimer insertClock;
    insertClock.start();
    for (int i = 0; i < 2000; ++i) {
        Protocol::Event e;
        QStringList text;
        for (int w = length(rng); w > 0; --w)
            text << words.at(zipf(rng));
        e.message = text.join(u' ');
        QElapsedTimer t;
        t.start();
        Result<Protocol::MessagingEvent> appended =
            store.appendEvent(u"conv-%1"_s.arg(anyConversation(rng)), u"cust-1"_s,
                              Protocol::ParticipantRole::Consumer, e, {});
        inserts << double(t.nsecsElapsed()) / 1e6;
        if (!appended) {
            out << "insert failed: " << appended.error() << '\n';
            return 1;
        }
    }
    out << "inserts through the hub's path (2000 events, each committed): "
        << QString::number(2000.0 * 1000.0 / double(insertClock.elapsed()), 'f', 0)
        << " events/s; p50 " << QString::number(percentile(inserts, 50), 'f', 2) << " ms, p99 "
        << QString::number(percentile(inserts, 99), 'f', 2) << " ms\n";

    // What the per-conversation size count adds to each of those inserts: the statement it runs
    // in the event's transaction, timed alone on the same store (2000 times, in one transaction
    // that is rolled back, so the counts are left as they were).
    QList<double> counts;
    {
        QSqlDatabase db = rawConnection(location, u"bench-count"_s);
        db.transaction();
        QSqlQuery count(db);
        count.prepare(u"UPDATE conversations SET stored_bytes = stored_bytes + ? WHERE id = ? AND "
                      "(? <= 0 OR stored_bytes + ? <= ?)"_s);
        for (int i = 0; i < 2000; ++i) {
            count.addBindValue(200);
            count.addBindValue(u"conv-%1"_s.arg(anyConversation(rng)));
            count.addBindValue(16 * 1024 * 1024);
            count.addBindValue(200);
            count.addBindValue(16 * 1024 * 1024);
            QElapsedTimer t;
            t.start();
            const bool done = count.exec() && count.numRowsAffected() == 1;
            counts << double(t.nsecsElapsed()) / 1e3;
            if (!done) {
                out << "the size count failed: " << count.lastError().text() << '\n';
                return 1;
            }
        }
        db.rollback();
    }
    closeRawConnection(u"bench-count"_s);
    out << "the per-conversation size count alone (its UPDATE, 2000 times): p50 "
        << QString::number(percentile(counts, 50), 'f', 1) << " us, p99 "
        << QString::number(percentile(counts, 99), 'f', 1) << " us; "
        << QString::number(100.0 * percentile(counts, 50) / (1000.0 * percentile(inserts, 50)), 'f',
                           1)
        << " % of an insert's p50\n";
    return 0;
}
