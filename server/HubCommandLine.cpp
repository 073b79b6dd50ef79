#include "HubCommandLine.h"

#include "FileAccess.h"

#include "HubServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
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

QString databaseLocation(const QCommandLineParser &parser)
{
    return parser.isSet(u"db"_s) ? parser.value(u"db"_s) : defaultDatabasePath();
}

// Opens the store at location; false, with the reason said on err, when it cannot be.
bool openStore(Store &store, const QString &location, QTextStream &err)
{
    if (Status opened = store.open(location); !opened) {
        err << "signet-hub: " << opened.error() << '\n';
        return false;
    }
    return true;
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
    const QString path = databaseLocation(parser);
    if (!openStore(store, path, err))
        return 1;
    const std::optional<AgentRecord> before = store.agentByName(name);
    if (Status saved = store.upsertAgent(name, parser.value(u"display-name"_s), role, password);
        !saved) {
        err << "signet-hub: " << saved.error() << '\n';
        return 1;
    }
    // A new password (and perhaps a new role): every login made with the old one ends, so a
    // demoted supervisor keeps no supervisor's bearer and a leaked password stops working.
    int revoked = 0;
    if (before) {
        Result<int> ended = store.revokeGrants(before->id);
        if (!ended) {
            err << "signet-hub: " << ended.error() << '\n';
            return 1;
        }
        revoked = ended.value();
    }
    const QString who = u"cli:"_s + qEnvironmentVariable("USER", u"unknown"_s);
    (void)store.appendAudit(who, before ? u"user.changed"_s : u"user.added"_s, QString(), QString(),
                            QJsonObject{{"user"_L1, name},
                                        {"role"_L1, role},
                                        {"previousRole"_L1, before ? before->role : QString()},
                                        {"loginsEnded"_L1, revoked}});
    out << "Saved " << role << ' ' << name << " in " << Store::displayLocation(path) << '\n';
    if (revoked > 0)
        out << "Ended " << revoked << " login(s) of " << name
            << "; their desks are disconnected within 15 seconds.\n";
    return 0;
}

int removeUser(QCommandLineParser &parser, const QStringList &positional)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (positional.size() != 3 || positional.at(1) != "remove"_L1) {
        err << "usage: signet-hub user remove NAME [--db LOCATION]\n";
        return 2;
    }
    const QString name = positional.at(2);
    Store store;
    const QString path = databaseLocation(parser);
    if (!openStore(store, path, err))
        return 1;
    const std::optional<AgentRecord> before = store.agentByName(name);
    Result<bool> removed = store.removeAgent(name);
    if (!removed) {
        err << "signet-hub: " << removed.error() << '\n';
        return 1;
    }
    if (!removed.value()) {
        err << "signet-hub: there is no user " << name << " in " << Store::displayLocation(path)
            << '\n';
        return 1;
    }
    (void)store.appendAudit(u"cli:"_s + qEnvironmentVariable("USER", u"unknown"_s),
                            u"user.removed"_s, QString(), QString(),
                            QJsonObject{{"user"_L1, name}, {"role"_L1, before->role}});
    out << "Removed " << name << " from " << Store::displayLocation(path)
        << "; their desks are disconnected within 15 seconds. Conversations assigned to them "
           "stay assigned to them; supervisors can still read and close them.\n";
    return 0;
}

// signet-hub export CONVERSATION_ID… : whole transcripts with their hash chain, as JSON (default)
// or CSV, to --out or standard output.
int exportTranscripts(QCommandLineParser &parser, const QStringList &positional)
{
    QTextStream err(stderr);
    const QStringList ids = positional.mid(1);
    const QString format = parser.value(u"format"_s);
    if (ids.isEmpty() || (format != "json"_L1 && format != "csv"_L1)) {
        err << "usage: signet-hub export CONVERSATION_ID... [--format json|csv] [--out FILE] "
               "[--db LOCATION]\n";
        return 2;
    }
    Store store;
    if (!openStore(store, databaseLocation(parser), err))
        return 1;
    QList<Review::ExportedConversation> conversations;
    for (const QString &id : ids) {
        std::optional<Review::ExportedConversation> c = store.exportedConversation(id);
        if (!c) {
            err << "signet-hub: no conversation " << id << '\n';
            return 1;
        }
        conversations.append(*c);
    }
    const QString who = u"cli:"_s + qEnvironmentVariable("USER", u"unknown"_s);
    QByteArray bytes;
    QString hash;
    if (format == "csv"_L1) {
        bytes = Review::TranscriptExport::toCsv(conversations);
    } else {
        const QJsonObject document = Review::TranscriptExport::toJson(
            conversations, who, Store::displayLocation(databaseLocation(parser)),
            QDateTime::currentDateTimeUtc());
        hash = document.value("exportHash"_L1).toString();
        bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    }
    if (parser.isSet(u"out"_s)) {
        // A transcript is the customer's words and identity: owner-only, whatever the umask.
        QSaveFile file(parser.value(u"out"_s));
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnlyFile) ||
            file.write(bytes) != bytes.size() || !file.commit()) {
            err << "signet-hub: cannot write " << parser.value(u"out"_s) << ": "
                << file.errorString() << '\n';
            return 1;
        }
    } else {
        fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        fflush(stdout);
    }
    (void)store.appendAudit(who, u"export.created"_s, ids.size() == 1 ? ids.first() : QString(),
                            QString(),
                            QJsonObject{{"conversations"_L1, QJsonArray::fromStringList(ids)},
                                        {"format"_L1, format},
                                        {"exportHash"_L1, hash}});
    return 0;
}

// signet-hub verify-export FILE : with the hub's database, that the hub made exactly this export
// (its audit log has the export's hash) and that each event is the hub's; without one, only the
// file's own consistency, which proves nothing about what was said. Exit 0: verified against the
// hub; 1: changed, cut or unknown to the hub; 2: unreadable; 3: consistent with itself only (no
// database to check against).
int verifyExport(QCommandLineParser &parser, const QStringList &positional)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (positional.size() != 2) {
        err << "usage: signet-hub verify-export FILE [--db LOCATION]\n";
        return 2;
    }
    QFile file(positional.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        err << "signet-hub: cannot read " << file.fileName() << ": " << file.errorString() << '\n';
        return 2;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!json.isObject()) {
        err << "signet-hub: " << file.fileName() << " is not a JSON export ("
            << parseError.errorString() << ")\n";
        return 2;
    }
    const QString location = databaseLocation(parser);
    const bool haveHub = parser.isSet(u"db"_s) || QFile::exists(location);
    Store store;
    if (haveHub && !openStore(store, location, err))
        return 2;
    const Review::TranscriptExport::Report report = Review::TranscriptExport::verify(
        json.object(), haveHub ? std::optional(store.exportRecords()) : std::nullopt);
    for (const auto &c : report.conversations) {
        if (c.ok)
            out << "OK       " << c.conversationId << " (" << c.events << " events, chain head "
                << c.chainHead.left(16) << "…)\n";
        else
            out << "CHANGED  " << c.conversationId << ": " << c.problem << '\n';
    }
    if (!report.problem.isEmpty())
        out << "CHANGED  " << report.problem << '\n';
    if (!report.ok)
        out << "The export does NOT match"
            << (report.checkedAgainstHub
                    ? u" the hub's records in %1.\n"_s.arg(Store::displayLocation(location))
                    : u" its own hashes.\n"_s);
    else if (report.checkedAgainstHub)
        out << "The export is intact: the hub made exactly this export and every event is in its "
               "records ("
            << Store::displayLocation(location) << ").\n";
    else
        out << "NOT VERIFIED: the file is consistent with itself, but without the hub's database "
               "nothing shows it was not edited (anyone can recompute its hashes). Pass --db "
               "LOCATION to check it against the hub's records.\n";
    if (haveHub)
        (void)store.appendAudit(u"cli:"_s + qEnvironmentVariable("USER", u"unknown"_s),
                                u"export.verified"_s, QString(), QString(),
                                QJsonObject{{"file"_L1, file.fileName()},
                                            {"exportHash"_L1, json.object().value("exportHash"_L1)},
                                            {"ok"_L1, report.ok}});
    if (!report.ok)
        return 1;
    return report.checkedAgainstHub ? 0 : 3;
}

// TLS from the options: a certificate and key, a self-signed pair, or none — and plain HTTP only
// where no other machine can reach it, unless a TLS-terminating proxy is in front.
Status configureTls(const QCommandLineParser &parser, HubOptions &options)
{
    const bool files = parser.isSet(u"tls-cert"_s) || parser.isSet(u"tls-key"_s);
    const bool selfSigned = parser.isSet(u"tls-self-signed"_s);
    if (files && selfSigned)
        return fail(u"choose --tls-cert/--tls-key or --tls-self-signed, not both"_s);
    if (files) {
        if (!parser.isSet(u"tls-cert"_s) || !parser.isSet(u"tls-key"_s))
            return fail(u"--tls-cert and --tls-key go together"_s);
        Result<HubTls> tls = HubTls::load(parser.value(u"tls-cert"_s), parser.value(u"tls-key"_s));
        if (!tls)
            return fail(tls.error());
        options.tls = tls.value();
    } else if (selfSigned) {
        // Every name a desk may use: the public host, the listening address, this machine.
        QStringList hosts;
        auto add = [&hosts](const QString &host) {
            if (!host.isEmpty() && !hosts.contains(host))
                hosts << host;
        };
        add(options.publicUrl.host());
        if (options.address != QHostAddress::Any && options.address != QHostAddress::AnyIPv4 &&
            options.address != QHostAddress::AnyIPv6)
            add(options.address.toString());
        add(QHostInfo::localHostName());
        add(u"localhost"_s);
        add(u"127.0.0.1"_s);
        const QString database = options.databasePath;
        const QString directory =
            database.startsWith("postgres"_L1)
                ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                : QFileInfo(database.startsWith("sqlite:"_L1) ? database.mid(7) : database)
                      .absolutePath();
        Result<HubTls> tls = HubTls::selfSigned(directory, hosts);
        if (!tls)
            return fail(tls.error());
        options.tls = tls.value();
    }
    if (options.publicUrl.isValid() && !options.publicUrl.isEmpty() &&
        (options.publicUrl.scheme() == "https"_L1) !=
            (options.tls || parser.isSet(u"behind-tls-proxy"_s)))
        return fail(u"--public-url must be https:// when the hub serves TLS or sits behind a TLS "
                    "proxy, and http:// otherwise (it is %1://)"_s.arg(options.publicUrl.scheme()));
    options.behindProxy = parser.isSet(u"behind-tls-proxy"_s);
    if (parser.isSet(u"trusted-proxy"_s) && !options.behindProxy)
        return fail(u"--trusted-proxy names the proxy in front of the hub: it goes with "
                    "--behind-tls-proxy"_s);
    for (const QString &text : parser.values(u"trusted-proxy"_s)) {
        Result<TrustedProxies::Subnet> subnet = TrustedProxies::parse(text);
        if (!subnet)
            return fail(u"--trusted-proxy: "_s + subnet.error());
        options.trustedProxies << subnet.value();
    }
    const bool reachable = !options.address.isLoopback();
    if (!options.tls && reachable && !parser.isSet(u"behind-tls-proxy"_s))
        return fail(u"refusing plain HTTP on %1, which other machines can reach: serve TLS "
                    "(--tls-cert and --tls-key, or --tls-self-signed), or pass "
                    "--behind-tls-proxy if a TLS-terminating proxy is in front of the hub"_s.arg(
                        options.address.toString()));
    return Done{};
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
        "                              the password is read from standard input;\n"
        "                              a user's earlier logins end\n"
        "  user remove NAME            remove a user and end their logins\n"
        "  export CONVERSATION_ID...   whole transcripts with their hash chain\n"
        "                              (--format json|csv, --out FILE)\n"
        "  verify-export FILE          check an export against the hub's records (--db);\n"
        "                              exit 0 verified, 1 changed, 2 unreadable,\n"
        "                              3 not verified (no hub database to check against)"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"command"_s,
        u"Optional: user add NAME, user remove NAME, export ID..., verify-export FILE"_s,
        u"[command]"_s);
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
    parser.addOption({u"team"_s,
                      u"The team's skills, dispositions and canned responses (JSON; see "
                      "docs/operations.md)."_s,
                      u"file"_s});
    parser.addOption(
        {u"account"_s, u"Account id that clients use (default signet)."_s, u"id"_s, u"signet"_s});
    parser.addOption(
        {u"identity-provider"_s,
         u"Sign customers in with the brand's own OAuth/OpenID provider described in this INI "
         "file (discovery URL, client ids and secrets; see docs/identity-provider.md) instead "
         "of the built-in one."_s,
         u"file"_s});
    parser.addOption({u"tls-cert"_s,
                      u"Serve https:// and wss:// with this PEM certificate (chain); needs "
                      "--tls-key."_s,
                      u"file"_s});
    parser.addOption({u"tls-key"_s,
                      u"The certificate's PEM private key (unencrypted; the file must be readable "
                      "by its owner only)."_s,
                      u"file"_s});
    parser.addOption(
        {u"tls-self-signed"_s,
         u"Serve https:// with a self-signed certificate the hub makes once and keeps beside "
         "its data (hub-cert.pem, hub-key.pem); desks pin the fingerprint it prints."_s});
    parser.addOption({u"public-url"_s,
                      u"How desks and customers reach this hub when that is not the --listen "
                      "address, e.g. https://hub.example.com:8443 (behind a load balancer, or "
                      "listening on 0.0.0.0)."_s,
                      u"url"_s});
    parser.addOption({u"behind-tls-proxy"_s,
                      u"Allow plain HTTP on an address other machines reach, because a "
                      "TLS-terminating proxy is in front of the hub."_s});
    parser.addOption(
        {u"trusted-proxy"_s,
         u"With --behind-tls-proxy: the proxy's address or network (ADDRESS[/PREFIX]; "
         "repeatable). The client's address is read from X-Forwarded-For only on connections "
         "from these (default: this machine, 127.0.0.0/8 and ::1)."_s,
         u"address"_s});
    parser.addOption({u"max-connections-per-address"_s,
                      u"How many connections one address may hold at once (default 256; IPv6 "
                      "counts by /64; 0: no cap). Trusted proxies are exempt."_s,
                      u"n"_s});
    parser.addOption({u"max-conversation-mib"_s,
                      u"How much one conversation may store, in MiB (default 16; 0: no limit). "
                      "Beyond, new events in it are refused."_s,
                      u"n"_s});
    parser.addOption({u"role"_s, u"With user add: agent or supervisor."_s, u"role"_s});
    parser.addOption({u"display-name"_s, u"With user add: the name shown to others."_s, u"text"_s});
    parser.addOption({u"format"_s, u"With export: json (default, verifiable) or csv."_s,
                      u"format"_s, u"json"_s});
    parser.addOption(
        {u"out"_s, u"With export: the file to write (default: standard output)."_s, u"file"_s});
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional.first() == "user"_L1 && positional.value(1) == "remove"_L1)
            return removeUser(parser, positional);
        if (positional.first() == "user"_L1)
            return addUser(parser, positional, in);
        if (positional.first() == "export"_L1)
            return exportTranscripts(parser, positional);
        if (positional.first() == "verify-export"_L1)
            return verifyExport(parser, positional);
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

    if (parser.isSet(u"team"_s)) {
        Result<TeamConfig> team = TeamConfig::load(parser.value(u"team"_s));
        if (!team) {
            QTextStream(stderr) << "signet-hub: " << team.error() << '\n';
            return 2;
        }
        options.team = team.value();
    }

    if (parser.isSet(u"public-url"_s)) {
        options.publicUrl = QUrl(parser.value(u"public-url"_s), QUrl::StrictMode);
        const QString scheme = options.publicUrl.scheme();
        if (!options.publicUrl.isValid() || options.publicUrl.host().isEmpty() ||
            (scheme != "https"_L1 && scheme != "http"_L1)) {
            QTextStream(stderr) << "signet-hub: --public-url takes an http(s)://HOST[:PORT] URL\n";
            return 2;
        }
    }
    if (Status tls = configureTls(parser, options); !tls) {
        QTextStream(stderr) << "signet-hub: " << tls.error() << '\n';
        return 2;
    }
    if (parser.isSet(u"max-connections-per-address"_s)) {
        bool ok = false;
        const int cap = parser.value(u"max-connections-per-address"_s).toInt(&ok);
        if (!ok || cap < 0 || cap > 1000000) {
            QTextStream(stderr) << "signet-hub: --max-connections-per-address takes a number "
                                   "from 0 (no cap) up\n";
            return 2;
        }
        options.connections.perAddress = cap;
    }
    if (parser.isSet(u"max-conversation-mib"_s)) {
        bool ok = false;
        const int mib = parser.value(u"max-conversation-mib"_s).toInt(&ok);
        if (!ok || mib < 0 || mib > 1024 * 1024) {
            QTextStream(stderr) << "signet-hub: --max-conversation-mib takes a number of MiB "
                                   "from 0 (no limit) up\n";
            return 2;
        }
        options.maxConversationBytes = qint64(mib) * 1024 * 1024;
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
    if (options.behindProxy) {
        QStringList proxies;
        for (const TrustedProxies::Subnet &subnet : std::as_const(options.trustedProxies))
            proxies << u"%1/%2"_s.arg(subnet.first.toString()).arg(subnet.second);
        out << "behind a TLS proxy: X-Forwarded-For is believed from "
            << (proxies.isEmpty() ? u"this machine only (127.0.0.0/8, ::1)"_s
                                  : proxies.join(u", "_s))
            << '\n';
    }
    if (options.tls)
        out << "TLS certificate fingerprint " << options.tls->fingerprint
            << " (desks that do not trust its issuer pin this)\n";
    out.flush();
    return QCoreApplication::exec();
}

} // namespace Signet::Hub
