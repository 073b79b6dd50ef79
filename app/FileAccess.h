#pragma once

#include <QFileDevice>
#include <QString>

namespace Signet {

// Files that hold what others must not read — the hub's database (its secrets, every transcript),
// transcript exports, the desk's state — are owner-only whatever the umask: 0600 for files, 0700
// for the directories Signet makes.
inline constexpr QFileDevice::Permissions kOwnerOnlyFile =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Makes dir and any missing parents; those it makes are owner-only. False when it cannot.
bool makeOwnerOnlyPath(const QString &dir);
// Creates path empty and owner-only when it does not exist; takes group and other access away
// when it does. False when it cannot.
bool ensureOwnerOnlyFile(const QString &path);
// Takes group and other access away from path if it exists (true when it does not).
bool restrictToOwner(const QString &path);

} // namespace Signet
