#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace Signet::Test {

inline QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(SIGNET_TEST_DATA_DIR)).filePath(relative);
}

inline QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace Signet::Test
