// The composer on its own: live preview, the image states (with a fake loader), validation in the
// form, PNG export, light and dark rendering.
#include "authbubble/AuthBubbleComposer.h"
#include "InMemorySecretStore.h"
#include "auth/SignInService.h"
#include "authbubble/BubblePreview.h"
#include "authbubble/ImageLoader.h"
#include "conversation/DeskSession.h"
#include "keys/KeyRing.h"
#include "settings/DeskSettings.h"
#include "transport/AgentConnection.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Signet;
using namespace Signet::Auth;
using namespace Signet::Ui;
using namespace Qt::StringLiterals;

namespace {
// Images without a network: a URL loads, or fails, when the test says so.
class FakeImageLoader : public ImageLoader
{
public:
    void request(const QUrl &url) override
    {
        requested << url;
        if (!m_status.contains(url))
            m_status.insert(url, Status::Loading);
    }
    Status status(const QUrl &url) const override { return m_status.value(url, Status::Unknown); }
    QImage image(const QUrl &url) const override { return m_images.value(url); }
    QString error(const QUrl &url) const override { return m_errors.value(url); }
    void load(const QUrl &url, const QImage &image)
    {
        m_status.insert(url, Status::Loaded);
        m_images.insert(url, image);
        emit finished(url);
    }
    void failWith(const QUrl &url, const QString &why)
    {
        m_status.insert(url, Status::Failed);
        m_errors.insert(url, why);
        emit finished(url);
    }

    QList<QUrl> requested; // every address the desk asked for

private:
    QHash<QUrl, Status> m_status;
    QHash<QUrl, QImage> m_images;
    QHash<QUrl, QString> m_errors;
};

struct Fixture
{
    QTemporaryDir dir;
    DeskSettings settings{dir.filePath(u"settings.ini"_s)};
    Test::InMemorySecretStore secrets;
    AgentConnection connection;
    DeskSession session{&connection};
    KeyRing keyRing{&secrets};
    AuthTracker tracker{dir.filePath(u"auth.json"_s)};
    SignInService service{&session, &keyRing, &tracker};
    FakeImageLoader images;
    Fixture()
    {
        service.setAllowedImageHosts({u"images.acme.example"_s});
        service.setImageHostsOrigin(u"Preferences → Sign-in requests → Image hosts"_s);
    }
};

// Mostly dark (a dark-appearance phone screen) rather than mostly light.
bool hasDarkPixels(const QImage &image)
{
    qint64 sum = 0;
    qint64 count = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            sum += qGray(image.pixel(x, y));
            ++count;
        }
    }
    return count > 0 && sum / count < 100;
}
} // namespace

class AuthBubbleComposerTest : public QObject
{
    Q_OBJECT
private slots:
    void thePreviewFollowsTheForm()
    {
        Fixture f;
        AuthBubbleComposer composer(&f.service, u"c"_s, u"Maya Chen"_s, &f.settings, &f.images);
        composer.show();
        // The built-in preset fills the form.
        QCOMPARE(composer.findChild<QLineEdit *>(u"receivedTitle"_s)->text(),
                 BrandPreset::builtIn().draft.received.title);
        QVERIFY(composer.findChild<QPushButton *>(u"sendRequestButton"_s)->isEnabled());
        const int iconHeight = composer.preview()->sizeHint().height();
        composer.findChild<QLineEdit *>(u"receivedImage"_s)
            ->setText(u"https://images.acme.example/hero.png"_s);
        composer.findChild<QComboBox *>(u"receivedStyle"_s)->setCurrentIndex(2); // large
        QCOMPARE(composer.draft().received.style, BubbleStyle::Large);
        QCOMPARE(composer.preview()->sizeHint().height(), iconHeight + (210 - 65));

        // A long title: the agent is told where Messages will cut it.
        composer.findChild<QLineEdit *>(u"receivedTitle"_s)
            ->setText(QString(u"Please sign in to your account "_s).repeated(4));
        QVERIFY(composer.findChild<QLabel *>(u"truncationNotes"_s)
                    ->text()
                    .contains(u"cut on the iPhone"_s));

        // Every rule shows next to its field and keeps Send disabled.
        composer.findChild<QLineEdit *>(u"replyTitle"_s)->clear();
        QVERIFY(
            composer.findChild<QLabel *>(u"replyErrors"_s)->text().contains(u"needs a title"_s));
        QVERIFY(!composer.findChild<QPushButton *>(u"sendRequestButton"_s)->isEnabled());
        composer.findChild<QLineEdit *>(u"replyTitle"_s)->setText(u"Signed in"_s);
        composer.findChild<QLineEdit *>(u"receivedImage"_s)
            ->setText(u"http://images.acme.example/a.png"_s);
        // Image problems show under the URL field, and name where the list is kept.
        auto *imageStatus = composer.findChild<QLabel *>(u"receivedImageStatus"_s);
        QVERIFY(imageStatus->text().contains(u"https"_s));
        composer.findChild<QLineEdit *>(u"receivedImage"_s)
            ->setText(u"https://elsewhere.example/a.png"_s);
        QVERIFY2(imageStatus->text().contains(u"elsewhere.example is not on the team's image "
                                              "allow-list. The list is set in Preferences"_s),
                 qPrintable(imageStatus->text()));
        QVERIFY(imageStatus->isVisibleTo(&composer));
        QVERIFY(composer.findChild<QLabel *>(u"receivedErrors"_s)->text().isEmpty());
        QVERIFY(!composer.findChild<QPushButton *>(u"sendRequestButton"_s)->isEnabled());
    }

    void anAddressOffTheAllowListIsNeverFetched()
    {
        Fixture f;
        AuthBubbleComposer composer(&f.service, u"c"_s, u"Maya Chen"_s, &f.settings, &f.images);
        auto *image = composer.findChild<QLineEdit *>(u"receivedImage"_s);
        auto *status = composer.findChild<QLabel *>(u"receivedImageStatus"_s);
        for (const QString &url :
             {u"https://localhost:9443/logo.png"_s, u"https://elsewhere.example/a.png"_s,
              u"https://images.acme.example.evil.example/a.png"_s,
              u"http://images.acme.example/a.png"_s}) {
            image->setText(url);
            QVERIFY2(!status->text().contains(u"Loading"_s), qPrintable(url));
            composer.findChild<QLineEdit *>(u"replyImage"_s)->setText(url);
        }
        // The reply's own error is not replaced by the note about its (differing) image.
        image->setText(u"https://localhost:9443/logo.png"_s);
        QVERIFY2(composer.findChild<QLabel *>(u"replyImageStatus"_s)->text().contains(u"https"_s),
                 qPrintable(composer.findChild<QLabel *>(u"replyImageStatus"_s)->text()));
        QVERIFY2(f.images.requested.isEmpty(), qPrintable(f.images.requested.value(0).toString()));
        // With no allow-list at all, no address is fetched either.
        f.service.setAllowedImageHosts({});
        image->setText(u"https://images.acme.example/logo.png"_s);
        QVERIFY(f.images.requested.isEmpty());
        // On the list: fetched.
        f.service.setAllowedImageHosts({u"images.acme.example"_s});
        image->setText(u"https://images.acme.example/hero.png"_s);
        QCOMPARE(f.images.requested.size(), 1);
        QCOMPARE(f.images.requested.first(), QUrl(u"https://images.acme.example/hero.png"_s));
    }

    void imagesLoadAsynchronouslyAndTheFormSaysWhy()
    {
        Fixture f;
        AuthBubbleComposer composer(&f.service, u"c"_s, u"Maya Chen"_s, &f.settings, &f.images);
        const QUrl good(u"https://images.acme.example/logo.png"_s);
        const QUrl broken(u"https://images.acme.example/missing.png"_s);
        auto *status = composer.findChild<QLabel *>(u"receivedImageStatus"_s);
        composer.findChild<QLineEdit *>(u"receivedImage"_s)->setText(good.toString());
        QVERIFY(status->text().contains(u"Loading"_s));
        QImage logo(120, 120, QImage::Format_RGB32);
        logo.fill(Qt::red);
        f.images.load(good, logo);
        QCOMPARE(status->text(), u"120×120 px"_s);
        composer.findChild<QComboBox *>(u"receivedStyle"_s)
            ->setCurrentIndex(1); // small wants 180×180
        QVERIFY(status->text().contains(u"Apple recommends 180×180"_s));
        composer.findChild<QLineEdit *>(u"receivedImage"_s)->setText(broken.toString());
        f.images.failWith(broken, u"The image could not be loaded: 404"_s);
        QCOMPARE(status->text(), u"The image could not be loaded: 404"_s);
        // The reply shows the received image, whatever its own field says.
        composer.findChild<QLineEdit *>(u"replyImage"_s)->setText(good.toString());
        QVERIFY(composer.findChild<QLabel *>(u"replyImageStatus"_s)
                    ->text()
                    .contains(u"received bubble's image"_s));
    }

    void savesTheCustomerStatesAsPngInBothAppearances()
    {
        Fixture f;
        AuthBubbleComposer composer(&f.service, u"c"_s, u"Maya Chen"_s, &f.settings, &f.images);
        composer.findChild<QLineEdit *>(u"receivedImage"_s)
            ->setText(u"https://images.acme.example/hero.png"_s);
        for (int style = 0; style < 3; ++style) {
            composer.findChild<QComboBox *>(u"receivedStyle"_s)->setCurrentIndex(style);
            composer.findChild<QComboBox *>(u"replyStyle"_s)->setCurrentIndex(style);
            for (int appearance = 0; appearance < 2; ++appearance) {
                composer.findChild<QComboBox *>(u"appearanceCombo"_s)->setCurrentIndex(appearance);
                const QString path =
                    f.dir.filePath(u"preview-%1-%2.png"_s.arg(style).arg(appearance));
                QVERIFY(composer.savePreviewPng(path).ok());
                QImage png(path);
                QVERIFY(!png.isNull());
                QCOMPARE(png.width(), (280 + 32) * 2);
                QVERIFY(png.height() > 2 * (65 * 3));
                QCOMPARE(hasDarkPixels(png), appearance == 1);
            }
        }
        QVERIFY(!composer.savePreviewPng(f.dir.filePath(u"no/such/dir/x.png"_s)).ok());
    }

    void presetsAreSavedAndOneIsTheDefault()
    {
        Fixture f;
        AuthBubbleComposer composer(&f.service, u"c"_s, u"Maya Chen"_s, &f.settings, &f.images);
        composer.findChild<QLineEdit *>(u"receivedTitle"_s)->setText(u"Sign in to Acme"_s);
        QTimer::singleShot(0, this, [] {
            auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (input) {
                input->setTextValue(u"Acme"_s);
                input->accept();
            }
        });
        composer.findChild<QPushButton *>(u"savePresetButton"_s)->click();
        QCOMPARE(f.settings.brandPresets().size(), 2);
        QCOMPARE(f.settings.brandPresets().last().name, u"Acme"_s);
        composer.findChild<QPushButton *>(u"makeDefaultButton"_s)->click();
        QVERIFY(f.settings.brandPresets().last().isDefault);
        QVERIFY(!f.settings.brandPresets().first().isDefault);
        // A new composer starts from the default preset.
        AuthBubbleComposer again(&f.service, u"c"_s, u"Maya Chen"_s, &f.settings, &f.images);
        QCOMPARE(again.draft().received.title, u"Sign in to Acme"_s);
    }
};

QTEST_MAIN(AuthBubbleComposerTest)
#include "AuthBubbleComposerTest.moc"
