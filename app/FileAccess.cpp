#include "FileAccess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace Signet {

bool makeOwnerOnlyPath(const QString &dir)
{
    QStringList missing;
    for (QFileInfo at(QDir::cleanPath(QFileInfo(dir).absoluteFilePath())); !at.exists();
         at = QFileInfo(at.absolutePath())) {
        missing.prepend(at.absoluteFilePath());
        if (at.isRoot() || at.absolutePath() == at.absoluteFilePath())
            break;
    }
    for (const QString &d : std::as_const(missing)) {
        if (!QDir().mkdir(d) && !QFileInfo(d).isDir())
            return false;
        if (!QFile::setPermissions(d, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner))
            return false;
    }
    return QFileInfo(dir).isDir();
}

bool ensureOwnerOnlyFile(const QString &path)
{
    if (!QFile::exists(path)) {
        QFile file(path);
        // NewOnly: never truncate a file that appeared meanwhile.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return QFile::exists(path) && restrictToOwner(path);
        const bool restricted = file.setPermissions(kOwnerOnlyFile);
        file.close();
        return restricted;
    }
    return restrictToOwner(path);
}

bool restrictToOwner(const QString &path)
{
    if (!QFile::exists(path))
        return true;
    const QFileDevice::Permissions now = QFile::permissions(path);
    const QFileDevice::Permissions owner =
        now & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
               QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    return now == owner || QFile::setPermissions(path, owner);
}

} // namespace Signet
