#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace Signet::Protocol {

// Strict, path-aware reading of a JSON object. The first problem is remembered with the path
// where it happened ("body.changes[2].result.convId: expected a string"), later reads return
// defaults, and the caller checks ok() once at the end. This keeps every decoder short while
// refusing frames with missing or mistyped fields.
class JsonReader
{
public:
    explicit JsonReader(QJsonObject object, QString path = QString());

    QString string(QLatin1StringView key);
    QString optionalString(QLatin1StringView key, const QString &fallback = QString());
    qint64 integer(QLatin1StringView key);
    qint64 optionalInteger(QLatin1StringView key, qint64 fallback);
    bool optionalBool(QLatin1StringView key, bool fallback);
    QJsonObject object(QLatin1StringView key);
    QJsonObject optionalObject(QLatin1StringView key);
    QJsonArray array(QLatin1StringView key);
    QJsonArray optionalArray(QLatin1StringView key);
    QStringList optionalStringList(QLatin1StringView key);
    bool has(QLatin1StringView key) const { return m_object.contains(key); }
    // The raw value (undefined when absent), for fields that come in more than one shape.
    QJsonValue value(QLatin1StringView key) const { return m_object.value(key); }

    // Nested reader for an object field, sharing this reader's error state.
    JsonReader child(QLatin1StringView key, bool required = true);
    // Reader for element i of an array read from key.
    JsonReader element(const QJsonArray &array, qsizetype index, QLatin1StringView key);

    void failAt(QLatin1StringView key, const QString &problem);
    bool ok() const { return m_error->isEmpty(); }
    QString error() const { return *m_error; }
    QString pathOf(QLatin1StringView key) const;

private:
    JsonReader(QJsonObject object, QString path, std::shared_ptr<QString> error);
    QJsonValue require(QLatin1StringView key);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_error;
};

} // namespace Signet::Protocol
