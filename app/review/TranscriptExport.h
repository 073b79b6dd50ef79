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
// can prove by itself and, given the hub's records, checks that the hub made exactly this export
// and each event against the hub's chain — which a forger cannot recompute.
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
    bool ok = false; // everything that was checked checked out
    QString problem; // a problem with the file as a whole
    // Whether the hub's records were consulted. Without them a file can only be consistent with
    // itself, which anyone who edits it can arrange: ok then proves nothing about what was said.
    bool checkedAgainstHub = false;
    QList<ConversationCheck> conversations;
};
// What the hub knows about the exports it made (signet-hub reads them from its store).
struct HubRecords
{
    // The conversation's chain hashes, oldest first, at most count of them (empty: no such
    // conversation).
    std::function<QStringList(const QString &convId, qint64 count)> chain;
    // How many events the hub had stored in the conversation by a time (ms since 1970).
    std::function<qint64(const QString &convId, qint64 atMs)> eventsBy;
    // Whether the hub made an export with this hash (its audit log's export.created entries).
    // An export hash covers everything in the file — identity, sign-in timeline, agent, exporter,
    // every event — so an edited file whose hash was recomputed is not one the hub made.
    std::function<bool(const QString &exportHash)> madeExport;
};
Report verify(const QJsonObject &document, const std::optional<HubRecords> &hub = std::nullopt);

} // namespace TranscriptExport

} // namespace Signet::Review
