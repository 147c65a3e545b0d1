// The studio's model manager and Download Model dialog against a local HTTP server
// (tests/common/httpserver.h): a download with progress to the end and Use Now, a stopped one
// that is listed as partial and resumes, a 404 in words, and removing from the manager (never the
// model in use). The models folder is a temporary one (GEOMOTION_MODELS_DIR).

#include "common/gmtest.h"
#include "common/httpserver.h"

#include "core/modeldownload.h"
#include "core/resourcepaths.h"
#include "models/store.h"
#include "ui/modeldownloaddialog.h"
#include "ui/modelmanagerdialog.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

#include <filesystem>
#include <fstream>
#include <sstream>

using gm::test::HttpServer;
using namespace gm::ui;

namespace {

std::string readAll(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void saveShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("GM_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QStringList rowNames(const QTreeWidget *list)
{
    QStringList names;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        names << list->topLevelItem(i)->text(0);
    return names;
}

} // namespace

class TestModelDialogs : public QObject
{
    Q_OBJECT

    QTemporaryDir mModels;
    std::unique_ptr<HttpServer> mServer;
    std::string mWeights;

    QString statusOf(QDialog *d) { return d->findChild<QLabel *>(QStringLiteral("DownloadStatus"))->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *v : {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
            qunsetenv(v);
        QVERIFY(mModels.isValid());
        qputenv("GEOMOTION_MODELS_DIR", mModels.path().toUtf8());
        QCOMPARE(gm::app::ModelDownload::modelsDirectory(), mModels.path());
        const std::filesystem::path model = gm::app::defaultModelPath().toStdString();
        QVERIFY(!model.empty());
        mWeights = readAll(model / "model.safetensors");
        mServer = std::make_unique<HttpServer>();
        mServer->add("/release/config.json", readAll(model / "config.json"));
        mServer->add("/release/model.safetensors", mWeights);
    }

    // The command line (no Qt) and the studio agree on the models folder: QStandardPaths' data
    // folder of the studio, + "/models".
    void modelsFolderIsTheStudiosDataFolder()
    {
        const QByteArray saved = qgetenv("GEOMOTION_MODELS_DIR");
        qunsetenv("GEOMOTION_MODELS_DIR");
        QTemporaryDir data;
        qputenv("XDG_DATA_HOME", data.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("GeoMotion"));
        QCoreApplication::setApplicationName(QStringLiteral("GeoMotion Studio"));
        const QString expected
            = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/models");
        QCOMPARE(gm::app::ModelDownload::modelsDirectory(), expected);
        qunsetenv("XDG_DATA_HOME");
        QCOMPARE(gm::app::ModelDownload::modelsDirectory(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/models"));
        qputenv("GEOMOTION_MODELS_DIR", saved);
    }

    void downloadCoreReportsProgressAndTheResult()
    {
        gm::app::ModelDownload download;
        QSignalSpy progress(&download, &gm::app::ModelDownload::progress);
        QSignalSpy finished(&download, &gm::app::ModelDownload::finished);
        QVERIFY(download.start(QString::fromStdString(mServer->url("/release/")), QStringLiteral("core"), false));
        QVERIFY(download.isRunning());
        QVERIFY(!download.start(QStringLiteral("x"), QString(), false)); // one at a time
        QVERIFY(finished.wait(60000));
        QVERIFY(!download.isRunning());
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(3).toString()));
        QCOMPARE(finished.at(0).at(2).toString(), mModels.path() + QStringLiteral("/core"));
        QVERIFY(!progress.isEmpty());
        bool fetched = false;
        for (const QList<QVariant> &p : progress) {
            const auto d = p.at(0).value<gm::app::DownloadProgress>();
            fetched |= d.stage == QLatin1String("fetching") && d.file == QLatin1String("model.safetensors");
        }
        QVERIFY(fetched);
        QVERIFY(gm::models::removeInstalledModel(mModels.path().toStdString(), "core"));
    }

    void downloadDialogInstallsAndUsesTheModel()
    {
        ModelDownloadDialog dialog;
        dialog.show();
        // The shipped manifest's release is offered first, with its licence and citation.
        auto *about = dialog.findChild<QLabel *>(QStringLiteral("DownloadAbout"));
        QVERIFY2(about->text().contains(QLatin1String("huggingface.co/zy22b/GeoMotionGPT")), qPrintable(about->text()));
        QVERIFY(about->text().contains(QLatin1String("arXiv:2601.07632")));
        saveShot(&dialog, QStringLiteral("model-download-release"));

        dialog.setSource(QString::fromStdString(mServer->url("/release/")));
        dialog.setModelName(QStringLiteral("served"));
        QSignalSpy installed(&dialog, &ModelDownloadDialog::installed);
        dialog.download();
        QVERIFY(dialog.isDownloading());
        QVERIFY(installed.wait(60000));
        QTRY_VERIFY(!dialog.isDownloading());
        const QString dir = mModels.path() + QStringLiteral("/served");
        QCOMPARE(dialog.installedDirectory(), dir);
        QVERIFY2(statusOf(&dialog).contains(dir), qPrintable(statusOf(&dialog)));
        auto *bar = dialog.findChild<QProgressBar *>(QStringLiteral("DownloadProgress"));
        QCOMPARE(bar->value(), bar->maximum());
        auto *use = dialog.findChild<QPushButton *>(QStringLiteral("DownloadUse"));
        QVERIFY(use->isVisible());
        // One note for the files without a hash, not one per file.
        QCOMPARE(statusOf(&dialog).count(QStringLiteral("SHA-256")), 1);
        saveShot(&dialog, QStringLiteral("model-download-done"));
        QSignalSpy useModel(&dialog, &ModelDownloadDialog::useModel);
        use->click();
        QCOMPARE(useModel.count(), 1);
        QCOMPARE(useModel.at(0).at(0).toString(), dir);
    }

    void errorsAreShownInWords()
    {
        ModelDownloadDialog dialog;
        dialog.show();
        dialog.setSource(QString::fromStdString(mServer->url("/nothing/")));
        dialog.setModelName(QStringLiteral("missing"));
        dialog.download();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isDownloading(), 30000);
        const QString status = statusOf(&dialog);
        QVERIFY2(status.contains(QLatin1String("Could not install")) && status.contains(QLatin1String("HTTP 404")),
                 qPrintable(status));
        QVERIFY(!QFileInfo::exists(mModels.path() + QStringLiteral("/missing")));
        // Nothing arrived, so nothing is kept to resume from.
        QVERIFY(gm::models::listPartialDownloads(mModels.path().toStdString()).empty());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("DownloadStart"))->isEnabled());
        saveShot(&dialog, QStringLiteral("model-download-error"));
        // An empty source is refused before anything starts.
        dialog.setSource(QString());
        dialog.download();
        QVERIFY(!dialog.isDownloading());
    }

    void stoppedDownloadIsPartialAndResumes()
    {
        mServer->modify("/release/model.safetensors", [](HttpServer::Resource &r) {
            r.chunk = 128 * 1024;
            r.chunkDelayMs = 30;
        });
        ModelDownloadDialog dialog;
        dialog.show();
        dialog.setSource(QString::fromStdString(mServer->url("/release/")));
        dialog.setModelName(QStringLiteral("slow"));
        dialog.download();
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(&dialog).contains(QLatin1String("Downloading model.safetensors")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(&dialog).contains(QLatin1String("MB/s")), 30000);
        saveShot(&dialog, QStringLiteral("model-download-running"));
        dialog.findChild<QPushButton *>(QStringLiteral("DownloadStop"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isDownloading(), 30000);
        QVERIFY2(statusOf(&dialog).contains(QLatin1String("Stopped")), qPrintable(statusOf(&dialog)));
        QVERIFY(!QFileInfo::exists(mModels.path() + QStringLiteral("/slow")));

        // The manager lists it as a partial download.
        {
            ModelManagerDialog manager(QString{});
            QVERIFY2(rowNames(manager.list()).contains(QStringLiteral("slow (partial download)")),
                     qPrintable(rowNames(manager.list()).join(QLatin1Char(','))));
        }
        // Download again: it resumes (a Range request) and completes.
        mServer->modify("/release/model.safetensors", [](HttpServer::Resource &r) { r.chunkDelayMs = 0; });
        mServer->clearRequests();
        QSignalSpy installed(&dialog, &ModelDownloadDialog::installed);
        dialog.download();
        QVERIFY(installed.wait(60000));
        const auto requests = mServer->requestsFor("/release/model.safetensors");
        QVERIFY(!requests.empty());
        QVERIFY(requests.back().headers.count("range"));
        QCOMPARE(readAll(mModels.path().toStdString() + "/slow/model.safetensors"), mWeights);
    }

    void managerListsUsesAndRemoves()
    {
        const QString served = mModels.path() + QStringLiteral("/served");
        QVERIFY(QFileInfo::exists(served));
        ModelManagerDialog manager(served); // "served" is the model in use
        manager.show();
        QTreeWidget *list = manager.list();
        const QStringList names = rowNames(list);
        QVERIFY2(names.contains(QStringLiteral("Bundled default")), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(names.contains(QStringLiteral("served (in use)")));
        QVERIFY(names.contains(QStringLiteral("slow")));
        auto select = [&](const QString &name) {
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                if (list->topLevelItem(i)->text(0) == name)
                    list->setCurrentItem(list->topLevelItem(i));
        };
        auto *remove = manager.findChild<QPushButton *>(QStringLiteral("ModelRemove"));
        auto *use = manager.findChild<QPushButton *>(QStringLiteral("ModelUse"));
        select(QStringLiteral("Bundled default"));
        QVERIFY(use->isEnabled());
        QVERIFY(!remove->isEnabled()); // ships with the studio
        select(QStringLiteral("served (in use)"));
        QVERIFY(!remove->isEnabled()); // in use
        select(QStringLiteral("slow"));
        QVERIFY(remove->isEnabled());
        auto *details = manager.findChild<QLabel *>(QStringLiteral("ModelDetails"));
        QVERIFY2(details->text().contains(QLatin1String("SHA-256")), qPrintable(details->text()));
        saveShot(&manager, QStringLiteral("model-manager"));

        // Remove asks first; Cancel keeps it, Remove deletes it.
        auto answer = [](const QString &button) {
            QTimer::singleShot(100, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                for (QAbstractButton *b : box->buttons())
                    if (b->text().remove(QLatin1Char('&')) == button)
                        b->click();
            });
        };
        answer(QStringLiteral("Cancel"));
        remove->click();
        QVERIFY(QFileInfo::exists(mModels.path() + QStringLiteral("/slow")));
        answer(QStringLiteral("Remove"));
        remove->click();
        QVERIFY(!QFileInfo::exists(mModels.path() + QStringLiteral("/slow")));
        QVERIFY(!rowNames(list).contains(QStringLiteral("slow")));

        // Use emits the folder.
        QSignalSpy useModel(&manager, &ModelManagerDialog::useModel);
        select(QStringLiteral("served (in use)"));
        use->click();
        QCOMPARE(useModel.count(), 1);
        QCOMPARE(useModel.at(0).at(0).toString(), served);
    }
};

QTEST_MAIN(TestModelDialogs)
#include "test_modeldialogs.moc"
