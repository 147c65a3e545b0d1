#include "ui/exportdialog.h"

#include "project/exporter.h"
#include "project/projectfile.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QVBoxLayout>

namespace gm::ui {

ExportDialog::ExportDialog(const QString &project, const QString &model, QWidget *parent)
    : QDialog(parent)
    , mProject(project)
    , mModel(model)
{
    setObjectName(QStringLiteral("ExportDialog"));
    setWindowTitle(tr("Export Annotations"));
    auto *column = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *row = new QHBoxLayout;
    mOutput = new QLineEdit(this);
    mOutput->setObjectName(QStringLiteral("ExportFolder"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    row->addWidget(mOutput, 1);
    row->addWidget(browse);
    form->addRow(tr("&Folder:"), row);
    auto box = [this](const QString &text, const QString &name) {
        auto *b = new QCheckBox(text, this);
        b->setObjectName(name);
        return b;
    };
    mHumanMl3d = box(tr("&HumanML3D layout (joints, features, texts, motion tokens)"), QStringLiteral("humanml3d"));
    mBabel = box(tr("BABEL &JSON"), QStringLiteral("babel"));
    mCsv = box(tr("&CSV of segments"), QStringLiteral("csv"));
    mBvh = box(tr("B&VH of each segment on its skeleton"), QStringLiteral("bvh"));
    mTokens = box(tr("&Token ids (.npy)"), QStringLiteral("tokens"));
    auto *formats = new QVBoxLayout;
    for (QCheckBox *b : {mHumanMl3d, mBabel, mCsv, mBvh, mTokens})
        formats->addWidget(b);
    form->addRow(tr("Formats:"), formats);
    mTokens->setEnabled(!model.isEmpty());
    mTokens->setToolTip(model.isEmpty() ? tr("Token ids need a model: load one first") : model);
    mWholeClips = box(tr("&Whole clips (one item per annotated clip)"), QStringLiteral("wholeClips"));
    mOverwrite = box(tr("&Replace existing files"), QStringLiteral("overwrite"));
    form->addRow(QString(), mWholeClips);
    form->addRow(QString(), mOverwrite);
    column->addLayout(form);
    mProgress = new QProgressBar(this);
    mProgress->setRange(0, 1);
    mProgress->setValue(0);
    column->addWidget(mProgress);
    mResult = new QLabel(this);
    mResult->setObjectName(QStringLiteral("ExportResult"));
    mResult->setWordWrap(true);
    mResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(mResult);
    mButtons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    mStart = mButtons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    mCancel = mButtons->addButton(tr("Cancel Export"), QDialogButtonBox::ActionRole);
    column->addWidget(mButtons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Into"), mOutput->text());
        if (!folder.isEmpty())
            mOutput->setText(folder);
    });
    connect(mStart, &QPushButton::clicked, this, &ExportDialog::start);
    connect(mCancel, &QPushButton::clicked, this, &ExportDialog::cancel);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mOutput, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    for (QCheckBox *b : {mHumanMl3d, mBabel, mCsv, mBvh, mTokens})
        connect(b, &QCheckBox::toggled, this, &ExportDialog::updateButtons);

    QSettings s;
    mOutput->setText(
        s.value(QStringLiteral("export/folder"), QDir::home().filePath(QStringLiteral("geomotion-export"))).toString());
    setFormats(
        s.value(QStringLiteral("export/formats"), QStringList{QStringLiteral("humanml3d"), QStringLiteral("csv")})
            .toStringList());
    updateButtons();
}

ExportDialog::~ExportDialog()
{
    if (mThread) {
        mCancelFlag->store(true);
        mThread->wait();
    }
}

void ExportDialog::setOutput(const QString &folder)
{
    mOutput->setText(folder);
}

void ExportDialog::setFormats(const QStringList &formats)
{
    for (QCheckBox *b : {mHumanMl3d, mBabel, mCsv, mBvh, mTokens})
        b->setChecked(formats.contains(b->objectName()) && b->isEnabled());
}

QStringList ExportDialog::formats() const
{
    QStringList out;
    for (QCheckBox *b : {mHumanMl3d, mBabel, mCsv, mBvh, mTokens})
        if (b->isChecked())
            out << b->objectName();
    return out;
}

QString ExportDialog::resultText() const
{
    return mResult->text();
}

void ExportDialog::updateButtons()
{
    mStart->setEnabled(!mThread && !formats().isEmpty() && !mOutput->text().trimmed().isEmpty());
    mCancel->setEnabled(mThread != nullptr);
    mButtons->button(QDialogButtonBox::Close)->setEnabled(!mThread);
}

void ExportDialog::start()
{
    if (mThread)
        return;
    project::ExportOptions o;
    o.output = QDir::toNativeSeparators(mOutput->text().trimmed()).toStdString();
    for (const QString &f : formats())
        o.formats.push_back(project::exportFormat(f.toStdString()));
    o.wholeClips = mWholeClips->isChecked();
    o.overwrite = mOverwrite->isChecked();
    if (mTokens->isChecked() || mHumanMl3d->isChecked())
        o.model = mModel.toStdString();
    o.device = "cpu";
    QSettings s;
    s.setValue(QStringLiteral("export/folder"), mOutput->text().trimmed());
    s.setValue(QStringLiteral("export/formats"), formats());

    mCancelFlag = std::make_shared<std::atomic<bool>>(false);
    mProgress->setRange(0, 0);
    mResult->setText(tr("Exporting…"));
    const std::string projectPath = mProject.toStdString();
    auto cancelFlag = mCancelFlag;
    mThread = QThread::create([this, o, projectPath, cancelFlag] {
        project::ExportResult result;
        QString error;
        try {
            const auto file = project::ProjectFile::open(projectPath);
            result = project::exportProject(
                *file, o,
                [this](int done, int total) {
                    QMetaObject::invokeMethod(
                        this,
                        [this, done, total] {
                            mProgress->setRange(0, total);
                            mProgress->setValue(done);
                        },
                        Qt::QueuedConnection);
                },
                cancelFlag.get());
        } catch (const std::exception &e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(
            this, [this, result, error] { done(result, error); }, Qt::QueuedConnection);
    });
    mThread->setObjectName(QStringLiteral("Export"));
    mThread->start();
    updateButtons();
}

void ExportDialog::cancel()
{
    if (mCancelFlag)
        mCancelFlag->store(true);
}

void ExportDialog::done(const project::ExportResult &r, const QString &error)
{
    mThread->wait();
    delete mThread;
    mThread = nullptr;
    mProgress->setRange(0, 1);
    mProgress->setValue(1);
    if (!error.isEmpty()) {
        mResult->setText(tr("Export failed: %1").arg(error));
        Q_EMIT finished(0, 1, false);
    } else {
        QString text = r.cancelled ? tr("Cancelled after %n item(s); the files written are complete.", nullptr, r.items)
                                   : tr("Exported %n item(s)", nullptr, r.items)
                                         + tr(", %n file(s), to %1.", nullptr, r.files)
                                               .arg(QDir::toNativeSeparators(mOutput->text().trimmed()));
        if (!r.failures.empty()) {
            text += QLatin1Char(' ') + tr("%n skipped:", nullptr, int(r.failures.size()));
            for (std::size_t i = 0; i < r.failures.size() && i < 5; ++i)
                text += QStringLiteral("\n• ") + QString::fromStdString(r.failures[i]);
        }
        mResult->setText(text);
        Q_EMIT finished(r.items, int(r.failures.size()), r.cancelled);
    }
    updateButtons();
}

} // namespace gm::ui
