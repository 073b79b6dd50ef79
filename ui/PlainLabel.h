#pragma once

#include <QLabel>

namespace Signet::Ui {

// A label for text that came from elsewhere — a customer, the hub, a colleague, the team's lists:
// shown exactly as written, never interpreted as markup (QLabel's default would render
// "<b>…</b>" or an image tag from anyone who can type into a field).
inline QLabel *plainLabel(const QString &text = QString(), QWidget *parent = nullptr)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}

} // namespace Signet::Ui
