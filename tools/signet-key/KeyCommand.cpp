#include "signet-key/KeyCommand.h"

#include "crypto/AppleTokenCipher.h"
#include "keys/KeyRing.h"
#include "keys/KeychainSecretStore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <openssl/crypto.h>

namespace Signet::Tools {

using namespace Qt::StringLiterals;
using namespace Crypto;

namespace {

// Waits in a local event loop for one asynchronous KeyRing call.
template<typename T, typename Call> Result<T> wait(Call call)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    call([&out, &loop](Result<T> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

Status waitStatus(const std::function<void(KeyRing::Finished)> &call)
{
    std::optional<Status> out;
    QEventLoop loop;
    call([&out, &loop](const Status &s) {
        out = s;
        loop.quit();
    });
    if (!out)
        loop.exec();
    return *out;
}

QJsonObject describe(const KeyRing::KeyInfo &k)
{
    return {{"id"_L1, k.id},
            {"kind"_L1, k.kind == KeyRing::KeyInfo::Kind::Brand ? "brand"_L1 : "request"_L1},
            {"state"_L1, k.state == KeyRing::KeyInfo::State::Active ? "active"_L1 : "retiring"_L1},
            {"curve"_L1, curveName(k.curve)},
            {"created"_L1, k.created.toString(Qt::ISODate)},
            {"publicKey"_L1, k.publicKey},
            {"fingerprint"_L1, k.fingerprint},
            {"pendingRequests"_L1, static_cast<int>(k.requests.size())}};
}

class Command
{
public:
    Command(FILE *in, FILE *out, FILE *err)
        : m_in(in)
        , m_out(out)
        , m_err(err)
    {}

    int run(const QStringList &arguments);

private:
    int fail(int code, const QString &message);
    void print(const QJsonObject &json, const QString &human);
    Result<SecretBytes> readSecretInput(const QString &path);
    int open(KeyRing &ring);

    int list(KeyRing &ring);
    int showPublic(KeyRing &ring, const QString &id);
    int addBrand(KeyRing &ring, const QString &how, Curve curve, const QString &file);
    int remove(KeyRing &ring, const QString &id, bool force);
    int decrypt(KeyRing &ring, const QString &id, const QString &token, bool reveal);
    int sweep(KeyRing &ring, int hours);

    FILE *m_in;
    FILE *m_out;
    FILE *m_err;
    bool m_json = false;
};

int Command::fail(int code, const QString &message)
{
    if (m_json) {
        QTextStream(m_out) << QJsonDocument(
                                  QJsonObject{{"error"_L1, message}, {"exitCode"_L1, code}})
                                  .toJson(QJsonDocument::Compact)
                           << '\n';
    } else {
        QTextStream(m_err) << "signet-key: " << message << '\n';
    }
    return code;
}

void Command::print(const QJsonObject &json, const QString &human)
{
    QTextStream out(m_out);
    if (m_json)
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    else
        out << human << '\n';
}

Result<SecretBytes> Command::readSecretInput(const QString &path)
{
    QFile file;
    bool opened = false;
    if (path.isEmpty() || path == "-"_L1)
        opened = file.open(m_in, QIODevice::ReadOnly);
    else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return Signet::fail(u"Cannot read %1: %2"_s.arg(path.isEmpty() ? u"standard input"_s : path,
                                                        file.errorString()));
    QByteArray bytes = file.read(64 * 1024);
    if (bytes.trimmed().isEmpty())
        return Signet::fail(u"No private key was given (PEM or Base64 of the raw scalar)."_s);
    return SecretBytes::takeFrom(bytes);
}

int Command::open(KeyRing &ring)
{
    const Status opened = waitStatus([&](auto done) { ring.open(done); });
    return opened ? Ok : fail(KeychainUnavailable, opened.error());
}

int Command::list(KeyRing &ring)
{
    QJsonArray keys;
    QStringList lines;
    for (const KeyRing::KeyInfo &k : ring.keys()) {
        keys.append(describe(k));
        lines << u"%1  %2 %3  %4  created %5  %6"_s.arg(k.id, -40).arg(
            k.kind == KeyRing::KeyInfo::Kind::Brand ? u"brand"_s : u"request"_s,
            k.state == KeyRing::KeyInfo::State::Active ? u"active"_s : u"retiring"_s,
            curveName(k.curve), k.created.toString(Qt::ISODate), k.fingerprint);
    }
    print(QJsonObject{{"keys"_L1, keys}},
          lines.isEmpty() ? u"The key ring is empty."_s : lines.join(u'\n'));
    return Ok;
}

int Command::showPublic(KeyRing &ring, const QString &id)
{
    const std::optional<KeyRing::KeyInfo> info = ring.key(id);
    if (!info)
        return fail(Failed, u"No key %1 in the key ring."_s.arg(id));
    print(QJsonObject{{"id"_L1, id},
                      {"publicKey"_L1, info->publicKey},
                      {"fingerprint"_L1, info->fingerprint}},
          info->publicKey);
    return Ok;
}

int Command::addBrand(KeyRing &ring, const QString &how, Curve curve, const QString &file)
{
    SecretBytes text;
    if (how == "import"_L1 || (how == "rotate"_L1 && !file.isEmpty())) {
        Result<SecretBytes> input = readSecretInput(file);
        if (!input)
            return fail(Failed, input.error());
        text = std::move(input).value();
    }
    Result<KeyRing::KeyInfo> added = wait<KeyRing::KeyInfo>([&](auto done) {
        if (how == "generate"_L1)
            ring.generateBrandKey(curve, done);
        else if (how == "import"_L1)
            ring.importBrandKey(text, done);
        else
            ring.rotateBrandKey(curve, text, done);
    });
    if (!added)
        return fail(Failed, added.error());
    print(describe(added.value()),
          u"%1 brand key %2 (%3, fingerprint %4)\npublic key: %5"_s.arg(
              how == "rotate"_L1   ? u"Rotated to"_s
              : how == "import"_L1 ? u"Imported"_s
                                   : u"Generated"_s,
              added->id, curveName(added->curve), added->fingerprint, added->publicKey));
    return Ok;
}

int Command::remove(KeyRing &ring, const QString &id, bool force)
{
    const Status removed = waitStatus([&](auto done) { ring.deleteKey(id, force, done); });
    if (!removed)
        return fail(Failed, removed.error());
    print(QJsonObject{{"deleted"_L1, id}}, u"Deleted %1."_s.arg(id));
    return Ok;
}

int Command::decrypt(KeyRing &ring, const QString &id, const QString &tokenArgument, bool reveal)
{
    QByteArray token = tokenArgument.toLatin1();
    if (tokenArgument == "-"_L1) {
        QFile input;
        if (!input.open(m_in, QIODevice::ReadOnly))
            return fail(Usage, u"Cannot read the token from standard input."_s);
        token = input.read(AppleTokenCipher::kMaxTokenBase64 + 1);
    }
    Result<EcKeyPair> key = wait<EcKeyPair>([&](auto done) { ring.loadKey(id, done); });
    if (!key)
        return fail(Failed, key.error());
    Result<SecretBytes> plaintext = AppleTokenCipher::decrypt(key.value(), token);
    if (!plaintext)
        return fail(Failed, u"refused: %1"_s.arg(plaintext.error()));
    QJsonObject json{{"ok"_L1, true},
                     {"verdict"_L1, "decrypted"_L1},
                     {"length"_L1, static_cast<qint64>(plaintext->size())}};
    QString human = u"Decrypted: a valid token of %1 bytes (use --reveal to print it)."_s.arg(
        plaintext->size());
    if (reveal) {
        QString text = QString::fromUtf8(plaintext->view());
        json.insert("plaintext"_L1, text);
        human = text;
        OPENSSL_cleanse(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    }
    print(json, human);
    return Ok;
}

int Command::sweep(KeyRing &ring, int hours)
{
    Result<int> swept =
        wait<int>([&](auto done) { ring.sweepStale(std::chrono::hours(hours), done); });
    if (!swept)
        return fail(Failed, swept.error());
    print(QJsonObject{{"swept"_L1, swept.value()}}, u"Deleted %1 stale keys."_s.arg(swept.value()));
    return Ok;
}

int Command::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"signet-key: administer the keys sign-in tokens are encrypted to, in the OS keychain "
        u"Signet uses.\n\n"
        "Commands:\n"
        "  list                         the keys in the key ring\n"
        "  generate [--curve C]         a new brand key (for platforms that need one fixed key)\n"
        "  import [--file F]            a brand key from PKCS#8/SEC1 PEM or Base64 of the raw "
        "scalar\n"
        "                               (standard input unless --file)\n"
        "  rotate [--file F]            a new active brand key (generated, or imported from "
        "--file, - for\n"
        "                               stdin); the previous one is kept until its requests have "
        "ended\n"
        "  show-public ID               the public key (Base64 uncompressed point, "
        "responseEncryptionKey)\n"
        "  delete ID [--force]          delete a key\n"
        "  decrypt --key ID --token T   check a token (T = Base64, or - for stdin); prints the "
        "plaintext\n"
        "                               only with --reveal\n"
        "  sweep [--older-than HOURS]   delete request keys older than HOURS (default 24)\n\n"
        "Exit codes: 0 done, 1 refused or failed, 2 usage error, 3 no usable keychain."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, u"One of the commands above."_s, u"COMMAND [ID]"_s);
    parser.addOption({u"json"_s, u"Machine-readable output (one JSON object per line)."_s});
    parser.addOption({u"curve"_s, u"p384 (default) or p256."_s, u"curve"_s, u"p384"_s});
    parser.addOption(
        {u"file"_s, u"Read the private key from this file (- for standard input)."_s, u"path"_s});
    parser.addOption({u"key"_s, u"With decrypt: the key id."_s, u"id"_s});
    parser.addOption({u"token"_s,
                      u"With decrypt: the Base64 token, or - to read it from standard input."_s,
                      u"token"_s});
    parser.addOption({u"reveal"_s, u"With decrypt: print the decrypted token."_s});
    parser.addOption(
        {u"force"_s, u"With delete: delete even if sign-in requests still need the key."_s});
    parser.addOption(
        {u"older-than"_s, u"With sweep: age in hours (default 24)."_s, u"hours"_s, u"24"_s});
    if (!parser.parse(arguments))
        return fail(Usage, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(m_out) << parser.helpText();
        return Ok;
    }
    if (parser.isSet(u"version"_s)) {
        QTextStream(m_out) << "signet-key " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    m_json = parser.isSet(u"json"_s);
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(Usage, u"Give a command; see --help."_s);
    const QString command = positional.first();
    const QString curveText = parser.value(u"curve"_s).toLower();
    if (curveText != "p384"_L1 && curveText != "p256"_L1)
        return fail(Usage, u"--curve must be p384 or p256."_s);
    const Curve curve = curveText == "p256"_L1 ? Curve::P256 : Curve::P384;
    static const QStringList needsId{u"show-public"_s, u"delete"_s};
    if (needsId.contains(command) && positional.size() != 2)
        return fail(Usage, u"%1 takes one key id."_s.arg(command));
    static const QStringList known{u"list"_s,        u"generate"_s, u"import"_s,  u"rotate"_s,
                                   u"show-public"_s, u"delete"_s,   u"decrypt"_s, u"sweep"_s};
    if (!known.contains(command))
        return fail(Usage, u"Unknown command \"%1\"; see --help."_s.arg(command));
    if (command == "decrypt"_L1 && (!parser.isSet(u"key"_s) || !parser.isSet(u"token"_s)))
        return fail(Usage,
                    u"decrypt needs --key ID and --token BASE64 (or --token - for stdin)."_s);
    bool hoursOk = false;
    const int hours = parser.value(u"older-than"_s).toInt(&hoursOk);
    if (command == "sweep"_L1 && (!hoursOk || hours < 0))
        return fail(Usage, u"--older-than takes a whole number of hours."_s);

    KeychainSecretStore store;
    KeyRing ring(&store);
    if (const int opened = open(ring); opened != Ok)
        return opened;
    if (command == "list"_L1)
        return list(ring);
    if (command == "show-public"_L1)
        return showPublic(ring, positional.at(1));
    if (command == "delete"_L1)
        return remove(ring, positional.at(1), parser.isSet(u"force"_s));
    if (command == "decrypt"_L1)
        return decrypt(ring, parser.value(u"key"_s), parser.value(u"token"_s),
                       parser.isSet(u"reveal"_s));
    if (command == "sweep"_L1)
        return sweep(ring, hours);
    return addBrand(ring, command, curve, parser.value(u"file"_s));
}

} // namespace

int runKeyCommand(const QStringList &arguments, FILE *in, FILE *out, FILE *err)
{
    Command command(in, out, err);
    return command.run(arguments);
}

} // namespace Signet::Tools
