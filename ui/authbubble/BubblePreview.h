#pragma once

#include "auth/AppleAuthRequest.h"
#include "authbubble/AppleBubblePainter.h"

#include <QWidget>

namespace Signet::Ui {

class ImageLoader;

// What the customer's iPhone will show, drawn at Apple's proportions (1 pt = 1 px): the received
// bubble, the reply after a successful sign-in, the reply after a failed one, the lock-screen
// notification; and below, how the request looks in the agent's transcript.
class BubblePreview : public QWidget
{
    Q_OBJECT
public:
    explicit BubblePreview(ImageLoader *images, QWidget *parent = nullptr);

    void setDraft(const Auth::AuthRequestDraft &draft);
    void setAppearance(Appearance appearance);
    void setSender(const QString &sender);
    // The hosts images may come from (the team's allow-list); nothing else is ever fetched. Set
    // before the draft: by default no image is loaded.
    void setAllowedImageHosts(const QStringList &hosts) { m_allowedImageHosts = hosts; }
    Appearance appearance() const { return m_appearance; }

    // Where Messages will cut a text, in words for the agent (empty when everything fits).
    QStringList truncationNotes() const;
    // The customer-side states on the phone background, for "Save preview as PNG…".
    QImage renderCustomerStates(qreal scale = 2.0) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qreal paintPhone(QPainter &painter, qreal width) const; // returns the height used
    QImage imageFor(const QString &url, QString *note) const;

    ImageLoader *m_images;
    Auth::AuthRequestDraft m_draft;
    Appearance m_appearance = Appearance::Light;
    QString m_sender;
    QStringList m_allowedImageHosts;
};

} // namespace Signet::Ui
