#pragma once

#include "conversation/Attention.h"

#include <QObject>

namespace Signet::Ui {

// Shows Attention's notices outside the window. An interface so the window's tests can record what
// would have been shown; the desk uses FreedesktopNotifier.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    struct Style
    {
        bool sound = false;   // ask the notification service to play its message sound
        bool showText = true; // false: who wrote, never what (lock screens, shared screens)
    };

    // Shows a notice, or replaces the one already shown for its conversation.
    virtual void show(const Attention::Notice &notice, Style style) = 0;
    virtual void withdraw(const QString &convId) = 0;

    // Action names: the notification was clicked, or its Accept button pressed (offers).
    static constexpr const char *kOpen = "default";
    static constexpr const char *kAccept = "accept";

signals:
    void activated(const QString &convId, const QString &action);
};

} // namespace Signet::Ui
