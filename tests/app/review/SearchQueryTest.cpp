// The search box's language: words, "phrases" and prefix*, case-folded, and nothing the user types
// can change the SQL or full-text syntax; the request body's checks.
#include "review/SearchQuery.h"

#include <QTest>

using namespace Signet;
using namespace Signet::Review;
using namespace Qt::StringLiterals;

class SearchQueryTest : public QObject
{
    Q_OBJECT
private slots:
    void termsAreParsedAndQuoted()
    {
        const QList<SearchTerm> terms =
            SearchQuery::parseTerms(u"  Refund \"double CHARGE\" charg* e-mail Álvarez"_s);
        QCOMPARE(terms.size(), 5);
        QCOMPARE(terms.at(0).words, QStringList{u"refund"_s});
        QCOMPARE(terms.at(1).words, (QStringList{u"double"_s, u"charge"_s}));
        QVERIFY(terms.at(2).prefix);
        QCOMPARE(terms.at(3).words, (QStringList{u"e"_s, u"mail"_s}));
        QCOMPARE(terms.at(4).words, QStringList{u"álvarez"_s});
        QCOMPARE(
            SearchQuery::fts5(terms),
            u"\"refund\" AND \"double charge\" AND \"charg\"* AND \"e mail\" AND \"álvarez\""_s);
        QCOMPARE(
            SearchQuery::tsquery(terms),
            u"'refund' & ('double' <-> 'charge') & 'charg':* & ('e' <-> 'mail') & 'álvarez'"_s);
    }

    void nothingTypedChangesTheSyntax()
    {
        const QList<SearchTerm> terms =
            SearchQuery::parseTerms(u"\") OR 1=1 -- ' & !x | y:* NEAR(a b) \"unclosed"_s);
        for (const SearchTerm &t : terms)
            for (const QString &w : t.words)
                for (const QChar c : w)
                    QVERIFY2(c.isLetterOrNumber(), qPrintable(w));
        QVERIFY(!SearchQuery::fts5(terms).contains(u"OR"_s));
        QVERIFY(!SearchQuery::tsquery(terms).contains(u'|'));
        QVERIFY(SearchQuery::parseTerms(u"*** \"\" -- !!"_s).isEmpty());
        QString many;
        for (int i = 0; i < 40; ++i)
            many += u"w%1 "_s.arg(i);
        QCOMPARE(SearchQuery::parseTerms(many).size(), SearchQuery::kMaxTerms);
        QCOMPARE(SearchQuery::parseTerms(QString(500, u'a')).first().words.first().size(), 64);
    }

    void theRequestBodyIsChecked()
    {
        SearchQuery q;
        q.text = u"refund"_s;
        q.channel = Protocol::ChannelType::WebChat;
        q.auth = SearchQuery::Auth::Expired;
        q.limit = 20;
        Result<SearchQuery> back = SearchQuery::fromJson(q.toJson());
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->text, u"refund"_s);
        QCOMPARE(back->channel, Protocol::ChannelType::WebChat);
        QCOMPARE(back->auth, SearchQuery::Auth::Expired);
        QCOMPARE(back->limit, 20);
        for (const auto &[body, expected] :
             {std::pair{QJsonObject{{"limit"_L1, 0}}, u"body.limit"_s},
              std::pair{QJsonObject{{"limit"_L1, 501}}, u"body.limit"_s},
              std::pair{QJsonObject{{"offset"_L1, -1}}, u"body.offset"_s},
              std::pair{QJsonObject{{"auth"_L1, "maybe"_L1}}, u"body.auth"_s},
              std::pair{QJsonObject{{"channel"_L1, "Fax"_L1}}, u"body.channel"_s},
              std::pair{QJsonObject{{"text"_L1, 5}}, u"body.text"_s}}) {
            Result<SearchQuery> refused = SearchQuery::fromJson(body);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().startsWith(expected), qPrintable(refused.error()));
        }
    }
};

QTEST_GUILESS_MAIN(SearchQueryTest)
#include "SearchQueryTest.moc"
