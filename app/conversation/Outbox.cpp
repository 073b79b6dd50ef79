#include "conversation/Outbox.h"

#include "logging/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <utility>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Signet {

using namespace Qt::StringLiterals;

namespace {

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

Outbox::~Outbox() = default;

Status Outbox::load()
{
    m_items.clear();
    m_journal.reset();
    m_lines = 0;
    if (m_path.isEmpty())
        return Done{};
    QFile file(m_path);
    if (!file.exists())
        return Done{};
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the outbox %1: %2").arg(m_path, file.errorString()));
    // A journal: one JSON object a line, {"add": item} or {"remove": key}, oldest first.
    const QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    bool damaged = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (entry.contains("add"_L1)) {
            if (std::optional<Item> item = itemFromJson(entry.value("add"_L1).toObject())) {
                m_items.append(*item);
                continue;
            }
        } else if (entry.contains("remove"_L1)) {
            const QString key = entry.value("remove"_L1).toString();
            m_items.removeIf([&](const Item &item) { return item.key == key; });
            continue;
        } else if (entry.contains("version"_L1)) {
            continue;
        }
        // The last line may be cut short by a desk killed while writing it: that item was never
        // kept (it is not sent). Anything else unreadable is damage.
        const bool last = std::all_of(lines.cbegin() + i + 1, lines.cend(),
                                      [](const QByteArray &l) { return l.trimmed().isEmpty(); });
        if (last)
            qCWarning(lcConversation) << "the outbox's last line was cut short; it is dropped";
        else
            damaged = true;
    }
    if (damaged) {
        // Never overwrite what cannot be read: it may hold the only copy of what the agent wrote.
        const QString aside = m_path + u".damaged-"_s +
                              QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
        if (!QFile::rename(m_path, aside)) {
            // Then nothing is written over it: this run's outbox lives in memory.
            const QString path = std::exchange(m_path, QString());
            return fail(tr("The outbox %1 is damaged and could not be moved aside; it is left as "
                           "it is, and what you send now is kept only while the desk runs.")
                            .arg(path));
        }
        if (Status saved = rewrite(); !saved)
            return saved;
        return fail(tr("The outbox %1 was damaged; %2 waiting items were read and the file was "
                       "kept as %3.")
                        .arg(m_path)
                        .arg(m_items.size())
                        .arg(aside));
    }
    // Read only: the first change rewrites the file whole (compact, and without a line a kill may
    // have cut short) before appending to it.
    return Done{};
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
    return append(QJsonObject{{"add"_L1, toJson(item)}});
}

Status Outbox::remove(const QString &key)
{
    if (m_items.removeIf([&](const Item &i) { return i.key == key; }) == 0)
        return Done{};
    // Rewritten now and then, so the journal stays about as long as what waits.
    if (m_lines > 2 * m_items.size() + 64)
        return rewrite();
    return append(QJsonObject{{"remove"_L1, key}});
}

Status Outbox::append(const QJsonObject &entry)
{
    if (m_path.isEmpty())
        return Done{};
    if (!m_journal) {
        if (Status rewritten = rewrite(); !rewritten)
            return rewritten;
        return Done{}; // the rewrite holds the change already
    }
    const QByteArray line = QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
    bool written = m_journal->write(line) == line.size() && m_journal->flush();
#ifdef Q_OS_UNIX
    // On disk before the send is attempted: a power cut must not lose it either.
    written = written && ::fdatasync(m_journal->handle()) == 0;
#endif
    if (!written) {
        const QString why = m_journal->errorString();
        qCWarning(lcConversation) << "could not write the outbox" << m_path << why;
        m_journal.reset(); // the next change rewrites the whole file
        return fail(tr("Cannot write the outbox %1: %2").arg(m_path, why));
    }
    ++m_lines;
    return Done{};
}

Status Outbox::rewrite()
{
    m_journal.reset();
    m_lines = 0;
    if (m_path.isEmpty())
        return Done{};
    QByteArray bytes =
        QJsonDocument(QJsonObject{{"version"_L1, 2}}).toJson(QJsonDocument::Compact) + '\n';
    for (const Item &item : m_items)
        bytes +=
            QJsonDocument(QJsonObject{{"add"_L1, toJson(item)}}).toJson(QJsonDocument::Compact) +
            '\n';
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write the outbox %1: %2").arg(m_path, file.errorString()));
    // What the agent wrote to customers: for this user's eyes only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    bool written = file.write(bytes) == bytes.size() && file.flush();
#ifdef Q_OS_UNIX
    written = written && ::fsync(file.handle()) == 0;
#endif
    if (!written || !file.commit()) {
        qCWarning(lcConversation) << "could not save the outbox to" << m_path << file.errorString();
        return fail(tr("Cannot write the outbox %1: %2").arg(m_path, file.errorString()));
    }
    auto journal = std::make_unique<QFile>(m_path);
    if (!journal->open(QIODevice::WriteOnly | QIODevice::Append))
        return fail(tr("Cannot write the outbox %1: %2").arg(m_path, journal->errorString()));
    m_journal = std::move(journal);
    m_lines = static_cast<int>(m_items.size()) + 1;
    return Done{};
}

} // namespace Signet
