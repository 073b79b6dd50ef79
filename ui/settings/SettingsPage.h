#pragma once

#include <QWidget>

namespace Signet {
class DeskSettings;
}

namespace Signet::Ui {

// One page of the settings dialog: it shows the settings it owns, says what is wrong with what the
// agent typed, and writes them back only when the whole dialog is valid.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual void load(const DeskSettings &settings) = 0;
    // Empty when the page can be saved; otherwise what to fix, in words for the agent.
    virtual QString validationError() const { return {}; }
    virtual void save(DeskSettings &settings) = 0;

signals:
    // Something was edited (the dialog validates again).
    void edited();
};

} // namespace Signet::Ui
