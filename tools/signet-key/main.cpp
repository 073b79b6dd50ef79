#include "signet-key/KeyCommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Signet"));
    QCoreApplication::setApplicationName(QStringLiteral("signet-key"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGNET_VERSION));
    return Signet::Tools::runKeyCommand(QCoreApplication::arguments());
}
