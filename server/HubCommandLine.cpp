#include "HubCommandLine.h"

#include "HubServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextStream>

#include <termios.h>
#include <unistd.h>

namespace Signet::Hub {

using namespace Qt::StringLiterals;

namespace {

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/hub.sqlite"_s;
}

QString readLine(FILE *in)
{
    QTextStream stream(in);
    return stream.readLine();
}

// Reads a password without echo when stdin is a terminal; from the first line of stdin otherwise.
QString readPassword(FILE *in, const QString &prompt)
{
    const int fd = fileno(in);
    if (!isatty(fd))
        return readLine(in);
    QTextStream err(stderr);
    err << prompt;
    err.flush();
    termios saved{};
    tcgetattr(fd, &saved);
    termios silent = saved;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(fd, TCSANOW, &silent);
    const QString password = readLine(in);
    tcsetattr(fd, TCSANOW, &saved);
    err << '\n';
    return password;
}

int addUser(QCommandLineParser &parser, const QStringList &positional, FILE *in)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (positional.size() != 3 || positional.at(1) != "add"_L1) {
        err << "usage: signet-hub user add NAME --role agent|supervisor [--display-name TEXT] "
               "[--db LOCATION]\n";
        return 2;
    }
    const QString name = positional.at(2);
    const QString role = parser.value(u"role"_s);
    if (role != "agent"_L1 && role != "supervisor"_L1) {
        err << "signet-hub: --role must be agent or supervisor\n";
        return 2;
    }
    const QString password = readPassword(in, u"Password for %1: "_s.arg(name));
    if (password.isEmpty()) {
        err << "signet-hub: no password was given on standard input\n";
        return 2;
    }
    Store store;
    const QString path = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : defaultDatabasePath();
    if (Status opened = store.open(path); !opened) {
        err << "signet-hub: " << opened.error() << '\n';
        return 1;
    }
    if (Status saved = store.upsertAgent(name, parser.value(u"display-name"_s), role, password);
        !saved) {
        err << "signet-hub: " << saved.error() << '\n';
        return 1;
    }
    out << "Saved " << role << ' ' << name << " in " << Store::displayLocation(path) << '\n';
    return 0;
}

} // namespace

int runHubCommandLine(const QStringList &arguments, FILE *in)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"signet-hub: the conversation service behind Signet desks.\n\n"
        "Commands:\n"
        "  (none)                      serve the agent API and the demo customers\n"
        "  user add NAME --role ROLE   create or update an agent or supervisor;\n"
        "                              the password is read from standard input"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, u"Optional: user add NAME"_s, u"[user add NAME]"_s);
    parser.addOption({u"listen"_s, u"Address and port to listen on (default 127.0.0.1:8480)."_s,
                      u"host:port"_s, u"127.0.0.1:8480"_s});
    parser.addOption(
        {u"db"_s,
         u"Where the hub keeps its data: a SQLite file (PATH or sqlite:PATH; default "
         "%1), or a PostgreSQL database for teams "
         "(postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=…]; the password from "
         "~/.pgpass or PGPASSWORD, not the command line)."_s.arg(defaultDatabasePath()),
         u"location"_s});
    parser.addOption({u"demo"_s, u"Start the scripted demo customers."_s});
    parser.addOption(
        {u"account"_s, u"Account id that clients use (default signet)."_s, u"id"_s, u"signet"_s});
    parser.addOption(
        {u"identity-provider"_s,
         u"Sign customers in with the brand's own OAuth/OpenID provider described in this INI "
         "file (discovery URL, client ids and secrets; see docs/identity-provider.md) instead "
         "of the built-in one."_s,
         u"file"_s});
    parser.addOption({u"role"_s, u"With user add: agent or supervisor."_s, u"role"_s});
    parser.addOption({u"display-name"_s, u"With user add: the name shown to others."_s, u"text"_s});
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional.first() == "user"_L1)
            return addUser(parser, positional, in);
        QTextStream(stderr) << "signet-hub: unknown command \"" << positional.first()
                            << "\"; see --help\n";
        return 2;
    }

    HubOptions options;
    const QString listen = parser.value(u"listen"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    options.address =
        host == "localhost"_L1 ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (!portOk || port > 65535 || options.address.isNull()) {
        QTextStream(stderr) << "signet-hub: --listen takes HOST:PORT, for example 127.0.0.1:8480\n";
        return 2;
    }
    options.port = static_cast<quint16>(port);
    options.databasePath = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : defaultDatabasePath();
    options.demo = parser.isSet(u"demo"_s);
    options.account = parser.value(u"account"_s);
    if (parser.isSet(u"identity-provider"_s)) {
        Result<BrandProviderConfig> brand =
            BrandProviderConfig::load(parser.value(u"identity-provider"_s));
        if (!brand) {
            QTextStream(stderr) << "signet-hub: " << brand.error() << '\n';
            return 2;
        }
        options.brandProvider = brand.value();
    }

    HubServer hub(options);
    Result<quint16> started = hub.start();
    if (!started) {
        QTextStream(stderr) << "signet-hub: " << started.error() << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "signet-hub listening on " << hub.baseUrl() << " (account " << options.account
        << ", database " << Store::displayLocation(options.databasePath) << ")\n";
    if (BrandProvider *brand = hub.brandProvider()) {
        out << "customers sign in with the identity provider at "
            << brand->config().discovery.toString() << '\n';
        QObject::connect(brand, &BrandProvider::ready, brand, [brand] {
            QTextStream(stdout) << "identity provider ready: " << brand->issuer() << Qt::endl;
        });
    }
    if (!options.address.isLoopback())
        out << "warning: plain HTTP off loopback; desks refuse unencrypted connections to other "
               "machines.\n";
    out.flush();
    return QCoreApplication::exec();
}

} // namespace Signet::Hub
