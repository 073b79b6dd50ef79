#include "protocol/JsonReader.h"

#include <cmath>

namespace Signet::Protocol {

using namespace Qt::StringLiterals;

namespace {
// Largest integer a JSON double carries exactly; sequences and timestamps must stay below it.
constexpr double kMaxExactInteger = 9007199254740991.0;
} // namespace

JsonReader::JsonReader(QJsonObject object, QString path)
    : JsonReader(std::move(object), std::move(path), std::make_shared<QString>())
{}

JsonReader::JsonReader(QJsonObject object, QString path, std::shared_ptr<QString> error)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_error(std::move(error))
{}

QString JsonReader::pathOf(QLatin1StringView key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + u'.' + key;
}

void JsonReader::failAt(QLatin1StringView key, const QString &problem)
{
    if (m_error->isEmpty())
        *m_error = pathOf(key) + u": "_s + problem;
}

QJsonValue JsonReader::require(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        failAt(key, u"missing"_s);
    return value;
}

QString JsonReader::string(QLatin1StringView key)
{
    const QJsonValue value = require(key);
    if (!value.isUndefined() && !value.isString())
        failAt(key, u"expected a string"_s);
    return value.toString();
}

QString JsonReader::optionalString(QLatin1StringView key, const QString &fallback)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isString()) {
        failAt(key, u"expected a string"_s);
        return fallback;
    }
    return value.toString();
}

qint64 JsonReader::integer(QLatin1StringView key)
{
    const QJsonValue value = require(key);
    if (value.isUndefined())
        return 0;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::isnan(number) || std::floor(number) != number ||
        std::fabs(number) > kMaxExactInteger) {
        failAt(key, u"expected an integer"_s);
        return 0;
    }
    return static_cast<qint64>(number);
}

qint64 JsonReader::optionalInteger(QLatin1StringView key, qint64 fallback)
{
    if (!m_object.contains(key) || m_object.value(key).isNull())
        return fallback;
    return integer(key);
}

bool JsonReader::optionalBool(QLatin1StringView key, bool fallback)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool()) {
        failAt(key, u"expected true or false"_s);
        return fallback;
    }
    return value.toBool();
}

QJsonObject JsonReader::object(QLatin1StringView key)
{
    const QJsonValue value = require(key);
    if (!value.isUndefined() && !value.isObject())
        failAt(key, u"expected an object"_s);
    return value.toObject();
}

QJsonObject JsonReader::optionalObject(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject())
        failAt(key, u"expected an object"_s);
    return value.toObject();
}

QJsonArray JsonReader::array(QLatin1StringView key)
{
    const QJsonValue value = require(key);
    if (!value.isUndefined() && !value.isArray())
        failAt(key, u"expected an array"_s);
    return value.toArray();
}

QJsonArray JsonReader::optionalArray(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        failAt(key, u"expected an array"_s);
    return value.toArray();
}

QStringList JsonReader::optionalStringList(QLatin1StringView key)
{
    QStringList out;
    const QJsonArray values = optionalArray(key);
    for (const QJsonValue &value : values) {
        if (!value.isString()) {
            failAt(key, u"expected an array of strings"_s);
            return {};
        }
        out.append(value.toString());
    }
    return out;
}

JsonReader JsonReader::child(QLatin1StringView key, bool required)
{
    const QJsonObject nested = required ? object(key) : optionalObject(key);
    return JsonReader(nested, pathOf(key), m_error);
}

JsonReader JsonReader::element(const QJsonArray &array, qsizetype index, QLatin1StringView key)
{
    const QString path = pathOf(key) + u'[' + QString::number(index) + u']';
    const QJsonValue value = array.at(index);
    if (!value.isObject() && m_error->isEmpty())
        *m_error = path + u": expected an object"_s;
    return JsonReader(value.toObject(), path, m_error);
}

} // namespace Signet::Protocol
