#include "HubCommandLine.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Signet"));
    QCoreApplication::setApplicationName(QStringLiteral("signet-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGNET_VERSION));
    return Signet::Hub::runHubCommandLine(QCoreApplication::arguments());
}
