#pragma once

#include <QStringList>

#include <cstdio>

namespace Signet::Tools {

// Exit codes of signet-key.
enum ExitCode { Ok = 0, Failed = 1, Usage = 2, KeychainUnavailable = 3 };

// signet-key's command line (see --help). Runs the command against the OS keychain through the
// same KeyRing the desk uses, and returns the process exit code.
int runKeyCommand(const QStringList &arguments, FILE *in = stdin, FILE *out = stdout,
                  FILE *err = stderr);

} // namespace Signet::Tools
