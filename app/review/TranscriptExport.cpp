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

namespace {
// Each event against the hub's own chain, and the events the hub had by the time of the export
// (a transcript cut short is still a consistent file).
QString againstHub(const HubRecords &hub, const QString &convId, const QJsonArray &events,
                   const QDateTime &exportedAt)
{
    const QStringList chain = hub.chain(convId, std::max<qint64>(events.size(), 1));
    if (chain.isEmpty() && !events.isEmpty())
        return u"The hub has no such transcript."_s;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (i >= chain.size())
            return u"Event %1 is not in the hub's record of this transcript."_s.arg(i);
        if (chain.at(i) != events.at(i).toObject().value("chainHash"_L1).toString())
            return u"Event %1 differs from the hub's record: the export does not show what was "
                   "said."_s.arg(i);
    }
    // Events stored in the last moments before the export may have missed it: two seconds' grace.
    if (exportedAt.isValid()) {
        const qint64 had = hub.eventsBy(convId, exportedAt.toMSecsSinceEpoch() - 2000);
        if (had > events.size())
            return u"The export holds %1 of the %2 events the hub had stored when it was made: "
                   "events were cut."_s.arg(events.size())
                       .arg(had);
    } else {
        return u"The export does not say when it was made."_s;
    }
    return {};
}
} // namespace

Report verify(const QJsonObject &document, const std::optional<HubRecords> &hub)
{
    Report report;
    report.checkedAgainstHub = hub.has_value();
    if (document.value("format"_L1).toString() != QLatin1StringView(kFormat)) {
        report.problem = u"Not a Signet transcript export (format \"%1\")."_s.arg(
            document.value("format"_L1).toString().left(80));
        return report;
    }
    const QString hash = document.value("exportHash"_L1).toString();
    if (hash != exportHash(document)) {
        report.problem = u"The export hash does not match: the file was changed after export."_s;
        // Go on: the chains say which conversation.
    } else if (hub && !hub->madeExport(hash)) {
        report.problem = u"The hub never made this export: the file was changed after export (its "
                         "identity, sign-in timeline, agent, exporter or events) and its hash "
                         "recomputed, or it comes from another hub."_s;
    }
    bool allOk = report.problem.isEmpty();
    const QJsonArray conversations = document.value("conversations"_L1).toArray();
    if (conversations.isEmpty() && report.problem.isEmpty())
        report.problem = u"The export holds no conversations."_s;
    const QDateTime exportedAt =
        QDateTime::fromString(document.value("exportedAt"_L1).toString(), Qt::ISODateWithMs);
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
        if (check.problem.isEmpty() && hub)
            check.problem = againstHub(*hub, check.conversationId, events, exportedAt);
        check.ok = check.problem.isEmpty();
        allOk = allOk && check.ok;
        report.conversations.append(check);
    }
    report.ok = allOk && !conversations.isEmpty();
    return report;
}

} // namespace Signet::Review::TranscriptExport
