#pragma once

#include <QColor>
#include <QPixmap>

namespace Signet::Ui {

// Monochrome SVG icons from resources/, recoloured with a palette colour so they follow light and
// dark themes. Cached per (name, colour, size, device pixel ratio).
QPixmap tintedIcon(const QString &name, const QColor &color, int size,
                   qreal devicePixelRatio = 1.0);

} // namespace Signet::Ui
