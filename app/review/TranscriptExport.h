#pragma once

#include "Result.h"
#include "protocol/Values.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace Signet::Review {

// One conversation as it goes into an export: what it was, who the customer proved to be, the
// sign-in steps, and every event with its place in the hub's hash chain.
struct ExportedConversation
{
    Protocol::HistoryEntry conversation;
    QJsonObject verifiedIdentity;           // as the hub recorded it (empty: not verified)
    QJsonArray authTimeline;                // the audit log's signin.* entries, oldest first
    QList<Protocol::MessagingEvent> events; // oldest first, from sequence 0
    QStringList chainHashes;                // one per event
};

// Transcript exports that can be verified later (docs/review.md): JSON with the hash chain and an
// export hash over the whole document, CSV for spreadsheets. verify() recomputes everything a file
// can prove by itself and, given the hub's store, checks each chain against the hub's own record —
// which a forger cannot recompute.
namespace TranscriptExport {

inline constexpr auto kFormat = "signet-transcript-export/1";

QJsonObject toJson(const QList<ExportedConversation> &conversations, const QString &exportedBy,
                   const QString &hub, const QDateTime &exportedAt);
// Hex SHA-256 of the compact JSON of the document without its "exportHash".
QString exportHash(const QJsonObject &document);
QByteArray toCsv(const QList<ExportedConversation> &conversations);
// The conversations of an export document (as a desk receives it from the hub).
Result<QList<ExportedConversation>> fromJson(const QJsonObject &document);

struct ConversationCheck
{
    QString conversationId;
    qint64 events = 0;
    QString chainHead;
    bool ok = false;
    QString problem; // why not
};
struct Report
{
    bool ok = false; // everything checked out
    QString problem; // a problem with the file as a whole
    bool checkedAgainstHub = false;
    QList<ConversationCheck> conversations;
};
// hubHash(conversationId, sequence): the hub's stored chain hash (nullopt: no such event there).
// Without it, only the file's own consistency is checked.
using HubLookup = std::function<std::optional<QString>(const QString &, qint64)>;
Report verify(const QJsonObject &document, const HubLookup &hubHash = {});

} // namespace TranscriptExport

} // namespace Signet::Review
