#include "HubCommandLine.h"

#include <QCoreApplication>

#include <sys/resource.h>

namespace {

// Every desk's WebSocket is a file descriptor, and the soft limit (1024 under systemd) would turn
// desks away long before the hub runs short of anything else: a server takes what the hard limit
// (the administrator's) allows, as nginx and Go's runtime do.
void raiseOpenFileLimit()
{
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        (void)setrlimit(RLIMIT_NOFILE, &files);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    raiseOpenFileLimit();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Signet"));
    QCoreApplication::setApplicationName(QStringLiteral("signet-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGNET_VERSION));
    return Signet::Hub::runHubCommandLine(QCoreApplication::arguments());
}
