#include "review/TranscriptExport.h"

#include "protocol/Codec.h"
#include "review/TranscriptChain.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

namespace Signet::Review::TranscriptExport {

using namespace Qt::StringLiterals;
using namespace Protocol;

QString exportHash(const QJsonObject &document)
{
    QJsonObject body = document;
    body.remove("exportHash"_L1);
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

QJsonObject toJson(const QList<ExportedConversation> &conversations, const QString &exportedBy,
                   const QString &hub, const QDateTime &exportedAt)
{
    QJsonArray out;
    for (const ExportedConversation &c : conversations) {
        QJsonArray events;
        for (qsizetype i = 0; i < c.events.size(); ++i) {
            QJsonObject event = Protocol::toJson(c.events.at(i));
            event.insert("chainHash"_L1, c.chainHashes.value(i));
            events.append(event);
        }
        out.append(
            QJsonObject{{"conversation"_L1, Protocol::toJson(c.conversation)},
                        {"verifiedIdentity"_L1, c.verifiedIdentity},
                        {"authTimeline"_L1, c.authTimeline},
                        {"events"_L1, events},
                        {"eventCount"_L1, c.events.size()},
                        {"chainHead"_L1, c.chainHashes.isEmpty()
                                             ? TranscriptChain::seed(c.conversation.conversationId)
                                             : c.chainHashes.last()}});
    }
    QJsonObject document{{"format"_L1, QLatin1StringView(kFormat)},
                         {"exportedAt"_L1, exportedAt.toUTC().toString(Qt::ISODateWithMs)},
                         {"exportedBy"_L1, exportedBy},
                         {"hub"_L1, hub},
                         {"conversations"_L1, out}};
    document.insert("exportHash"_L1, exportHash(document));
    return document;
}

namespace {
// RFC 4180 quoting, and no cell a spreadsheet would run as a formula.
QString csvCell(QString value)
{
    if (!value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u'"') || value.contains(u',') || value.contains(u'\n') ||
        value.contains(u'\r')) {
        value.replace(u"\""_s, u"\"\""_s);
        return u'"' + value + u'"';
    }
    return value;
}
} // namespace

QByteArray toCsv(const QList<ExportedConversation> &conversations)
{
    QString out =
        u"conversation_id,channel,sequence,time_utc,role,originator,audience,text,chain_hash\r\n"_s;
    for (const ExportedConversation &c : conversations) {
        for (qsizetype i = 0; i < c.events.size(); ++i) {
            const MessagingEvent &e = c.events.at(i);
            QString text = e.event.message;
            if (text.isEmpty() && e.event.type == Event::Type::RichContent)
                text = u"[rich content]"_s;
            const QStringList cells{c.conversation.conversationId,
                                    channelName(c.conversation.channel),
                                    QString::number(e.sequence),
                                    QDateTime::fromMSecsSinceEpoch(e.serverTimestamp, Qt::UTC)
                                        .toString(Qt::ISODateWithMs),
                                    roleName(e.originatorRole),
                                    e.originatorId,
                                    e.event.agentsOnly ? u"agents"_s : u"all"_s,
                                    text,
                                    c.chainHashes.value(i)};
            QStringList escaped;
            for (const QString &cell : cells)
                escaped << csvCell(cell);
            out += escaped.join(u',') + u"\r\n"_s;
        }
    }
    return out.toUtf8();
}

Result<QList<ExportedConversation>> fromJson(const QJsonObject &document)
{
    if (document.value("format"_L1).toString() != QLatin1StringView(kFormat))
        return fail(u"Not a Signet transcript export."_s);
    QList<ExportedConversation> out;
    for (const QJsonValue &value : document.value("conversations"_L1).toArray()) {
        const QJsonObject c = value.toObject();
        ExportedConversation e;
        Result<HistoryEntry> entry =
            decodeHistoryEntry(c.value("conversation"_L1).toObject(), u"conversation"_s);
        if (!entry)
            return fail(entry.error());
        e.conversation = entry.value();
        e.verifiedIdentity = c.value("verifiedIdentity"_L1).toObject();
        e.authTimeline = c.value("authTimeline"_L1).toArray();
        for (const QJsonValue &eventValue : c.value("events"_L1).toArray()) {
            Result<MessagingEvent> event = decodeMessagingEvent(eventValue.toObject());
            if (!event)
                return fail(event.error());
            e.events.append(event.value());
            e.chainHashes.append(eventValue.toObject().value("chainHash"_L1).toString());
        }
        out.append(e);
    }
    return out;
}

Report verify(const QJsonObject &document, const HubLookup &hubHash)
{
    Report report;
    report.checkedAgainstHub = static_cast<bool>(hubHash);
    if (document.value("format"_L1).toString() != QLatin1StringView(kFormat)) {
        report.problem = u"Not a Signet transcript export (format \"%1\")."_s.arg(
            document.value("format"_L1).toString().left(80));
        return report;
    }
    if (document.value("exportHash"_L1).toString() != exportHash(document)) {
        report.problem = u"The export hash does not match: the file was changed after export."_s;
        // Go on: the chains say which conversation.
    }
    bool allOk = report.problem.isEmpty();
    const QJsonArray conversations = document.value("conversations"_L1).toArray();
    if (conversations.isEmpty() && report.problem.isEmpty())
        report.problem = u"The export holds no conversations."_s;
    for (const QJsonValue &value : conversations) {
        const QJsonObject c = value.toObject();
        ConversationCheck check;
        check.conversationId =
            c.value("conversation"_L1).toObject().value("conversationId"_L1).toString();
        const QJsonArray events = c.value("events"_L1).toArray();
        check.events = events.size();
        QString previous = TranscriptChain::seed(check.conversationId);
        qint64 expected = 0;
        for (const QJsonValue &eventValue : events) {
            const QJsonObject eventJson = eventValue.toObject();
            Result<MessagingEvent> event = decodeMessagingEvent(eventJson);
            if (!event) {
                check.problem = u"Event %1 cannot be read: %2"_s.arg(expected).arg(event.error());
                break;
            }
            if (event->conversationId != check.conversationId || event->sequence != expected) {
                check.problem = u"Event %1 is missing or out of order."_s.arg(expected);
                break;
            }
            previous = TranscriptChain::next(previous, event.value());
            if (previous != eventJson.value("chainHash"_L1).toString()) {
                check.problem =
                    u"Event %1 does not match its hash: it was changed after export."_s.arg(
                        expected);
                break;
            }
            ++expected;
        }
        check.chainHead = previous;
        if (check.problem.isEmpty() && c.value("chainHead"_L1).toString() != previous)
            check.problem = u"The chain head does not match the events."_s;
        if (check.problem.isEmpty() && c.value("eventCount"_L1).toInteger(-1) != check.events)
            check.problem = u"The event count does not match the events."_s;
        if (check.problem.isEmpty() && hubHash && check.events > 0) {
            const std::optional<QString> stored = hubHash(check.conversationId, check.events - 1);
            if (!stored)
                check.problem = u"The hub has no such transcript."_s;
            else if (*stored != previous)
                check.problem = u"The hub's record of this transcript differs: the export does "
                                "not show what was said."_s;
        }
        check.ok = check.problem.isEmpty();
        allOk = allOk && check.ok;
        report.conversations.append(check);
    }
    report.ok = allOk && !conversations.isEmpty();
    return report;
}

} // namespace Signet::Review::TranscriptExport
