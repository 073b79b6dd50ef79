#pragma once

#include <QStringList>

#include <cstdio>

namespace Signet::Hub {

// signet-hub's command line, kept in the library so tests can drive it:
//   signet-hub [--listen HOST:PORT] [--db PATH] [--demo]
//   signet-hub user add NAME --role agent|supervisor [--display-name TEXT] [--db PATH]
// Returns the process exit code; serve mode runs the event loop until the process is stopped.
int runHubCommandLine(const QStringList &arguments, FILE *in = stdin);

} // namespace Signet::Hub
