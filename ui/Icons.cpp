#include "Icons.h"

#include <QHash>
#include <QIcon>
#include <QPainter>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

QPixmap tintedIcon(const QString &name, const QColor &color, int size, qreal devicePixelRatio)
{
    static QHash<QString, QPixmap> cache;
    const QString key =
        u"%1|%2|%3|%4"_s.arg(name, color.name(QColor::HexArgb)).arg(size).arg(devicePixelRatio);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    const int pixels = qRound(size * devicePixelRatio);
    QPixmap pixmap = QIcon(u":/icons/%1.svg"_s.arg(name)).pixmap(QSize(pixels, pixels));
    if (!pixmap.isNull()) {
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), color);
    }
    pixmap.setDevicePixelRatio(devicePixelRatio);
    cache.insert(key, pixmap);
    return pixmap;
}

} // namespace Signet::Ui
