#pragma once

#include <QLatin1StringView>

// The LivePerson type names the desk and hub speak (PROTOCOL.md §1, docs/protocol.md).
namespace Signet::Protocol::Types {

using namespace Qt::StringLiterals;

inline constexpr auto GetClock = ".GetClock"_L1;
inline constexpr auto SubscribeExConversations = ".ams.aam.SubscribeExConversations"_L1;
inline constexpr auto UnsubscribeExConversations = ".ams.aam.UnsubscribeExConversations"_L1;
inline constexpr auto ExConversationChangeNotification =
    ".ams.aam.ExConversationChangeNotification"_L1;
inline constexpr auto UpdateConversationField = ".ams.cm.UpdateConversationField"_L1;
inline constexpr auto PublishEvent = ".ams.ms.PublishEvent"_L1;
inline constexpr auto QueryMessages = ".ams.ms.QueryMessages"_L1;
inline constexpr auto OnlineEventDistribution = ".ams.ms.OnlineEventDistribution"_L1;
inline constexpr auto SetAgentState = ".ams.routing.SetAgentState"_L1;
inline constexpr auto SubscribeRoutingTasks = ".ams.routing.SubscribeRoutingTasks"_L1;
inline constexpr auto RoutingTaskNotification = ".ams.routing.RoutingTaskNotification"_L1;
inline constexpr auto UpdateRingState = ".ams.routing.UpdateRingState"_L1;
inline constexpr auto GetUserProfile = ".ams.userprofile.GetUserProfile"_L1;
// Signet's own: the desk reports a verified identity (never the token) after a sign-in.
inline constexpr auto ReportVerifiedIdentity = ".signet.identity.ReportVerifiedIdentity"_L1;
// Signet's own: the desk refused an answer or could not verify it (for the hub's audit log).
inline constexpr auto ReportSignInOutcome = ".signet.identity.ReportSignInOutcome"_L1;
// Signet's own: a verified customer's conversations on every channel, and one of them read-only.
inline constexpr auto HistoryConversations = ".signet.history.Conversations"_L1;
inline constexpr auto HistoryTranscript = ".signet.history.Transcript"_L1;
// Signet's own, supervisors only: transcript search, the audit log, verifiable exports.
inline constexpr auto ReviewSearch = ".signet.review.Search"_L1;
inline constexpr auto ReviewAudit = ".signet.review.Audit"_L1;
inline constexpr auto ReviewExport = ".signet.review.Export"_L1;
// Signet's own: the team (agents to transfer to, skills, dispositions, canned responses).
inline constexpr auto GetTeam = ".signet.GetTeam"_L1;

} // namespace Signet::Protocol::Types
