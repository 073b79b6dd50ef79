#pragma once

#include "auth/AppleAuthRequest.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Signet {
class DeskSettings;
namespace Auth {
class SignInService;
}
} // namespace Signet

namespace Signet::Ui {

class BubblePreview;
class ImageLoader;

// "Request sign-in": the received and reply bubbles with a live preview of the customer's screen
// beside them. Presets fill the form in one click; every rule is checked as the agent types, with
// the reason next to the field, and Send stays disabled until the request is valid.
class AuthBubbleComposer : public QDialog
{
    Q_OBJECT
public:
    AuthBubbleComposer(Auth::SignInService *service, QString convId, const QString &customerName,
                       DeskSettings *settings, ImageLoader *images, QWidget *parent = nullptr);

    Auth::AuthRequestDraft draft() const;
    void setDraft(const Auth::AuthRequestDraft &draft);
    QStringList issues() const { return m_issueTexts; }
    BubblePreview *preview() const { return m_preview; }

    // Writes the three customer-side states (light or dark, as shown) to a PNG for brand review.
    Status savePreviewPng(const QString &path) const;

signals:
    void sent(const QString &requestId);

private:
    struct BubbleFields
    {
        QLineEdit *title = nullptr;
        QLineEdit *subtitle = nullptr;
        QLineEdit *image = nullptr;
        QComboBox *style = nullptr;
        QLabel *errors = nullptr;
        QLabel *imageStatus = nullptr;
    };

    QWidget *buildBubbleForm(const QString &title, const QString &prefix, BubbleFields &fields);
    void applyPreset(int index);
    void saveAsPreset();
    void makeDefault();
    void refresh();
    void send();
    void askAndSavePng();

    Auth::SignInService *m_service;
    QString m_convId;
    DeskSettings *m_settings;
    ImageLoader *m_images;
    BubbleFields m_received;
    BubbleFields m_reply;
    QComboBox *m_presets = nullptr;
    QComboBox *m_appearance = nullptr;
    BubblePreview *m_preview = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_send = nullptr;
    QStringList m_issueTexts;
    bool m_sending = false;
};

} // namespace Signet::Ui
