#pragma once

#include "Result.h"
#include "protocol/Values.h"

namespace Signet::Hub {

// The team's lists, shared by every desk on the hub (.signet.GetTeam): the skills conversations
// can be transferred to (besides those conversations came in on), the dispositions an agent closes
// a conversation with, the canned responses everyone can insert with "/", and the hosts sign-in
// bubble images may come from. From
// `signet-hub --team FILE` (docs/operations.md shows the format); sensible defaults without one.
struct TeamConfig
{
    QStringList skills;
    QList<Protocol::Disposition> dispositions;
    QList<Protocol::CannedResponse> cannedResponses;
    // The hosts sign-in bubble images may come from (a host allows its subdomains); the hub
    // refuses a bubble with an image anywhere else. None by default: no images.
    QStringList imageHosts;

    static TeamConfig defaults();
    // The file's lists; what it leaves out keeps its default. A clear error for a bad file.
    static Result<TeamConfig> load(const QString &path);
    bool hasDisposition(const QString &code) const;

    static constexpr int kMaxEntries = 500;
    static constexpr int kMaxTextLength = 2000;
};

} // namespace Signet::Hub
