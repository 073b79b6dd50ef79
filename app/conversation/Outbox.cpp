#include "conversation/Outbox.h"

#include "logging/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Signet {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Signet::Outbox", text);
}

QString stamp(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromStamp(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QJsonObject toJson(const Outbox::Item &item)
{
    return {{"key"_L1, item.key},
            {"account"_L1, item.account},
            {"conversationId"_L1, item.conversationId},
            {"request"_L1, item.request},
            {"metadata"_L1, item.metadata},
            {"queued"_L1, stamp(item.queued)},
            {"text"_L1, item.text},
            {"privateNote"_L1, item.privateNote},
            {"signInRequestId"_L1, item.signInRequestId},
            {"validUntil"_L1, stamp(item.validUntil)}};
}

std::optional<Outbox::Item> itemFromJson(const QJsonObject &o)
{
    Outbox::Item item;
    item.key = o.value("key"_L1).toString();
    item.account = o.value("account"_L1).toString();
    item.conversationId = o.value("conversationId"_L1).toString();
    item.request = o.value("request"_L1).toObject();
    item.metadata = o.value("metadata"_L1).toArray();
    item.queued = fromStamp(o.value("queued"_L1).toString());
    item.text = o.value("text"_L1).toString();
    item.privateNote = o.value("privateNote"_L1).toBool();
    item.signInRequestId = o.value("signInRequestId"_L1).toString();
    item.validUntil = fromStamp(o.value("validUntil"_L1).toString());
    if (item.key.isEmpty() || item.account.isEmpty() || item.conversationId.isEmpty() ||
        item.request.isEmpty())
        return std::nullopt;
    return item;
}

} // namespace

Outbox::Outbox(QString path)
    : m_path(std::move(path))
{}

Status Outbox::load()
{
    m_items.clear();
    if (m_path.isEmpty())
        return Done{};
    QFile file(m_path);
    if (!file.exists())
        return Done{};
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the outbox %1: %2").arg(m_path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    file.close();
    const QJsonArray all = document.object().value("items"_L1).toArray();
    bool damaged = error.error != QJsonParseError::NoError || !document.isObject();
    for (const QJsonValue &v : all) {
        if (std::optional<Item> item = itemFromJson(v.toObject()))
            m_items.append(*item);
        else
            damaged = true;
    }
    if (!damaged)
        return Done{};
    // Never overwrite what cannot be read: it may hold the only copy of what the agent wrote.
    const QString aside =
        m_path + u".damaged-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QFile::rename(m_path, aside);
    if (Status saved = save(); !saved)
        return saved;
    return fail(tr("The outbox %1 was damaged; %2 waiting items were read and the file was kept as "
                   "%3.")
                    .arg(m_path)
                    .arg(m_items.size())
                    .arg(aside));
}

std::optional<Outbox::Item> Outbox::item(const QString &key) const
{
    for (const Item &i : m_items) {
        if (i.key == key)
            return i;
    }
    return std::nullopt;
}

std::optional<Outbox::Item> Outbox::next(const QString &account) const
{
    for (const Item &i : m_items) {
        if (i.account == account)
            return i;
    }
    return std::nullopt;
}

int Outbox::count(const QString &account) const
{
    return static_cast<int>(std::count_if(m_items.cbegin(), m_items.cend(),
                                          [&](const Item &i) { return i.account == account; }));
}

bool Outbox::containsSignIn(const QString &requestId) const
{
    return std::any_of(m_items.cbegin(), m_items.cend(),
                       [&](const Item &i) { return i.signInRequestId == requestId; });
}

Status Outbox::add(const Item &item)
{
    m_items.append(item);
    return save();
}

Status Outbox::remove(const QString &key)
{
    const auto removed = m_items.removeIf([&](const Item &i) { return i.key == key; });
    return removed > 0 ? save() : Status(Done{});
}

Status Outbox::save() const
{
    if (m_path.isEmpty())
        return Done{};
    QJsonArray all;
    for (const Item &item : m_items)
        all.append(toJson(item));
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write the outbox %1: %2").arg(m_path, file.errorString()));
    // What the agent wrote to customers: for this user's eyes only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes =
        QJsonDocument(QJsonObject{{"version"_L1, 1}, {"items"_L1, all}}).toJson();
    bool written = file.write(bytes) == bytes.size() && file.flush();
#ifdef Q_OS_UNIX
    // On disk before the agent is told it is safe: a power cut must not lose it either.
    written = written && ::fsync(file.handle()) == 0;
#endif
    if (!written || !file.commit()) {
        qCWarning(lcConversation) << "could not save the outbox to" << m_path << file.errorString();
        return fail(tr("Cannot write the outbox %1: %2").arg(m_path, file.errorString()));
    }
    return Done{};
}

} // namespace Signet
