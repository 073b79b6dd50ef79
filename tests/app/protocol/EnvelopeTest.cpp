#include "protocol/Envelope.h"
#include "TestData.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Signet;
using namespace Signet::Protocol;
using namespace Qt::StringLiterals;

class EnvelopeTest : public QObject
{
    Q_OBJECT
private slots:
    void validFramesDecodeAndRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files =
            QDir(Test::dataPath(u"protocol/valid"_s)).entryList({u"*.json"_s}, QDir::Files);
        QVERIFY(files.size() >= 8);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }
    void validFramesDecodeAndRoundTrip()
    {
        QFETCH(QString, file);
        const QByteArray frame = Test::readData(u"protocol/valid/"_s + file);
        Result<Envelope> decoded = decodeEnvelope(frame);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QVERIFY(!decoded->type.isEmpty() || decoded->kind == Envelope::Kind::Response);
        // Encoding the decoded envelope gives the same JSON document back.
        const QJsonObject original = QJsonDocument::fromJson(frame).object();
        const QJsonObject again = QJsonDocument::fromJson(encodeEnvelope(decoded.value())).object();
        QCOMPARE(again, original);
    }

    void malformedFramesAreRefusedWithTheirReason_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        const QJsonObject expected =
            QJsonDocument::fromJson(Test::readData(u"protocol/malformed/expected-errors.json"_s))
                .object();
        QVERIFY(expected.size() >= 12);
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toString();
    }
    void malformedFramesAreRefusedWithTheirReason()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QVERIFY(QFile::exists(Test::dataPath(u"protocol/malformed/"_s + file)));
        Result<Envelope> decoded = decodeEnvelope(Test::readData(u"protocol/malformed/"_s + file));
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(expected), qPrintable(decoded.error()));
    }

    void oversizedFrameIsRefusedBeforeParsing()
    {
        // (No raw string literals in this file: moc 6.4 misreads them.)
        QByteArray frame =
            "{\"kind\":\"req\",\"id\":\"1\",\"type\":\".GetClock\",\"body\":{\"pad\":\"";
        frame += QByteArray(kMaxFrameBytes, 'x');
        frame += "\"}}";
        Result<Envelope> decoded = decodeEnvelope(frame);
        QVERIFY(!decoded.ok());
        QVERIFY(decoded.error().contains(u"exceeds"_s));
    }

    void errorResponseCarriesTheHubMessage()
    {
        Result<Envelope> decoded =
            decodeEnvelope(Test::readData(u"protocol/valid/error-response.json"_s));
        QVERIFY(decoded.ok());
        QVERIFY(decoded->isError());
        QCOMPARE(decoded->errorMessage(),
                 u"Another agent has already accepted this conversation."_s);
    }

    void requestWithoutBodyGetsAnEmptyObject()
    {
        Result<Envelope> decoded =
            decodeEnvelope("{\"kind\":\"req\",\"id\":\"1\",\"type\":\".GetClock\"}");
        QVERIFY(decoded.ok());
        QVERIFY(decoded->body.isObject());
        QVERIFY(decoded->body.toObject().isEmpty());
    }
};

QTEST_GUILESS_MAIN(EnvelopeTest)
#include "EnvelopeTest.moc"
