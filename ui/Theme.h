#pragma once

#include "settings/DeskSettings.h"

#include <QColor>
#include <QPalette>

class QWidget;

namespace Signet::Ui::Theme {

// The desk's look: the system's style and palette, or Signet's own light or dark palette on the
// Fusion style (which follows a palette everywhere, unlike some platform styles). Applied at start
// and again whenever the agent changes it; every painter reads colours from the palette.
void apply(DeskSettings::Theme theme);
QPalette lightPalette();
QPalette darkPalette();
bool isDark(const QPalette &palette);

// Colours that carry meaning, picked for the palette's base so they read in light and dark alike.
enum class Tone { Error, Warning, Success, Note };
QColor tone(Tone tone, const QPalette &palette);
// Shows a label's text (or any widget's foreground) in a tone, and keeps it right when the palette
// changes (a theme switch) — what "color: #c01c28" in a style sheet cannot do.
void setTone(QWidget *widget, Tone tone);
// Back to the palette's own colours.
void clearTone(QWidget *widget);

} // namespace Signet::Ui::Theme
