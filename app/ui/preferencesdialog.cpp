#include "ui/preferencesdialog.h"

#include "core/language.h"
#include "core/mlcontroller.h"
#include "core/preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace gm::ui {

namespace {

using app::Preferences;

QComboBox *combo(QWidget *parent, const char *name, int items)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(QLatin1String(name));
    for (int i = 0; i < items; ++i)
        c->addItem(QString());
    return c;
}

QLabel *buddyLabel(QWidget *parent, QWidget *buddy)
{
    auto *l = new QLabel(parent);
    l->setBuddy(buddy);
    return l;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("PreferencesDialog"));
    Preferences &prefs = Preferences::instance();
    auto *column = new QVBoxLayout(this);

    mAppearance = new QGroupBox(this);
    auto *appearance = new QFormLayout(mAppearance);
    mLanguage = new QComboBox(mAppearance);
    mLanguage->setObjectName(QStringLiteral("LanguageCombo"));
    mLanguage->addItem(QString(), QString()); // follow the system
    for (const app::Language &l : app::availableLanguages())
        mLanguage->addItem(l.nativeName, l.code);
    mLanguageLabel = buddyLabel(mAppearance, mLanguage);
    appearance->addRow(mLanguageLabel, mLanguage);
    mTheme = combo(mAppearance, "ThemeCombo", 3);
    mThemeLabel = buddyLabel(mAppearance, mTheme);
    appearance->addRow(mThemeLabel, mTheme);
    mUnits = combo(mAppearance, "UnitsCombo", 2);
    mUnitsLabel = buddyLabel(mAppearance, mUnits);
    appearance->addRow(mUnitsLabel, mUnits);
    mUpAxis = combo(mAppearance, "UpAxisCombo", 3);
    mUpAxisLabel = buddyLabel(mAppearance, mUpAxis);
    appearance->addRow(mUpAxisLabel, mUpAxis);
    column->addWidget(mAppearance);

    mModel = new QGroupBox(this);
    auto *model = new QFormLayout(mModel);
    mStartModel = combo(mModel, "StartModelCombo", 3);
    mStartModelLabel = buddyLabel(mModel, mStartModel);
    model->addRow(mStartModelLabel, mStartModel);
    auto *directoryRow = new QHBoxLayout;
    mModelDirectory = new QLineEdit(mModel);
    mModelDirectory->setObjectName(QStringLiteral("ModelDirectoryEdit"));
    mBrowseModel = new QPushButton(mModel);
    mBrowseModel->setObjectName(QStringLiteral("BrowseModelButton"));
    directoryRow->addWidget(mModelDirectory, 1);
    directoryRow->addWidget(mBrowseModel);
    model->addRow(QString(), directoryRow);
    mDevice = combo(mModel, "DeviceCombo", 3);
    if (auto *items = qobject_cast<QStandardItemModel *>(mDevice->model()))
        items->item(2)->setEnabled(app::MlController::cudaAvailable());
    mDeviceLabel = buddyLabel(mModel, mDevice);
    model->addRow(mDeviceLabel, mDevice);
    column->addWidget(mModel);

    mPlayback = new QGroupBox(this);
    auto *playback = new QFormLayout(mPlayback);
    mSpeed = new QDoubleSpinBox(mPlayback);
    mSpeed->setObjectName(QStringLiteral("SpeedSpin"));
    mSpeed->setRange(0.1, 8.0);
    mSpeed->setSingleStep(0.25);
    mSpeed->setDecimals(2);
    mSpeed->setSuffix(QStringLiteral("×"));
    mSpeedLabel = buddyLabel(mPlayback, mSpeed);
    playback->addRow(mSpeedLabel, mSpeed);
    mLoop = new QCheckBox(mPlayback);
    mLoop->setObjectName(QStringLiteral("LoopCheck"));
    playback->addRow(mLoop);
    mPlayOnOpen = new QCheckBox(mPlayback);
    mPlayOnOpen->setObjectName(QStringLiteral("PlayOnOpenCheck"));
    playback->addRow(mPlayOnOpen);
    column->addWidget(mPlayback);

    mProjects = new QGroupBox(this);
    auto *projects = new QHBoxLayout(mProjects);
    mProjectFolder = new QLineEdit(mProjects);
    mProjectFolder->setObjectName(QStringLiteral("ProjectFolderEdit"));
    mProjectFolderLabel = buddyLabel(mProjects, mProjectFolder);
    mBrowseProjects = new QPushButton(mProjects);
    mBrowseProjects->setObjectName(QStringLiteral("BrowseProjectsButton"));
    projects->addWidget(mProjectFolderLabel);
    projects->addWidget(mProjectFolder, 1);
    projects->addWidget(mBrowseProjects);
    column->addWidget(mProjects);

    mButtons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    mDefaults = mButtons->addButton(QString(), QDialogButtonBox::ResetRole);
    mDefaults->setObjectName(QStringLiteral("RestoreDefaultsButton"));
    column->addWidget(mButtons);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(mDefaults, &QPushButton::clicked, this, [this] {
        Preferences::instance().reset();
        load();
    });

    // Every edit goes to the preferences at once; MainWindow applies them.
    auto edited = [this](auto apply) {
        return [this, apply](auto &&...) {
            if (!mLoading)
                apply();
        };
    };
    connect(mLanguage, qOverload<int>(&QComboBox::currentIndexChanged), this,
            edited([this] { Preferences::instance().setLanguage(mLanguage->currentData().toString()); }));
    connect(mTheme, qOverload<int>(&QComboBox::currentIndexChanged), this,
            edited([this] { Preferences::instance().setTheme(app::Theme(mTheme->currentIndex())); }));
    connect(mUnits, qOverload<int>(&QComboBox::currentIndexChanged), this,
            edited([this] { Preferences::instance().setLengthUnits(app::LengthUnits(mUnits->currentIndex())); }));
    connect(mUpAxis, qOverload<int>(&QComboBox::currentIndexChanged), this,
            edited([this] { Preferences::instance().setUpAxis(app::UpAxisMode(mUpAxis->currentIndex())); }));
    connect(mStartModel, qOverload<int>(&QComboBox::currentIndexChanged), this, edited([this] {
                const auto start = app::StartModel(mStartModel->currentIndex());
                mModelDirectory->setEnabled(start == app::StartModel::Directory);
                mBrowseModel->setEnabled(start == app::StartModel::Directory);
                Preferences::instance().setStartModel(start);
            }));
    connect(mModelDirectory, &QLineEdit::editingFinished, this,
            edited([this] { Preferences::instance().setModelDirectory(mModelDirectory->text().trimmed()); }));
    connect(mBrowseModel, &QPushButton::clicked, this, &PreferencesDialog::browseModel);
    connect(mDevice, qOverload<int>(&QComboBox::currentIndexChanged), this,
            edited([this] { Preferences::instance().setDevice(mDevice->currentData().toString()); }));
    connect(mSpeed, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
            edited([this] { Preferences::instance().setPlaybackSpeed(mSpeed->value()); }));
    connect(mLoop, &QCheckBox::toggled, this,
            edited([this] { Preferences::instance().setLoopPlayback(mLoop->isChecked()); }));
    connect(mPlayOnOpen, &QCheckBox::toggled, this,
            edited([this] { Preferences::instance().setPlayOnOpen(mPlayOnOpen->isChecked()); }));
    connect(mProjectFolder, &QLineEdit::editingFinished, this,
            edited([this] { Preferences::instance().setProjectFolder(mProjectFolder->text().trimmed()); }));
    connect(mBrowseProjects, &QPushButton::clicked, this, &PreferencesDialog::browseProjects);
    // A change made elsewhere (the Model ▸ Device menu) shows here too.
    connect(&prefs, &Preferences::changed, this, [this] {
        if (!mLoading)
            load();
    });

    retranslateUi();
    load();
}

void PreferencesDialog::load()
{
    const Preferences &p = Preferences::instance();
    mLoading = true;
    const int language = mLanguage->findData(p.language());
    mLanguage->setCurrentIndex(language < 0 ? 0 : language);
    mTheme->setCurrentIndex(int(p.theme()));
    mUnits->setCurrentIndex(int(p.lengthUnits()));
    mUpAxis->setCurrentIndex(int(p.upAxis()));
    mStartModel->setCurrentIndex(int(p.startModel()));
    mModelDirectory->setText(p.modelDirectory());
    mModelDirectory->setEnabled(p.startModel() == app::StartModel::Directory);
    mBrowseModel->setEnabled(p.startModel() == app::StartModel::Directory);
    const int device = mDevice->findData(p.device());
    mDevice->setCurrentIndex(device < 0 ? 0 : device);
    mSpeed->setValue(p.playbackSpeed());
    mLoop->setChecked(p.loopPlayback());
    mPlayOnOpen->setChecked(p.playOnOpen());
    mProjectFolder->setText(p.projectFolder());
    mLoading = false;
}

void PreferencesDialog::browseModel()
{
    const QString directory
        = QFileDialog::getExistingDirectory(this, tr("The Model to Load at Start"), mModelDirectory->text());
    if (directory.isEmpty())
        return;
    mModelDirectory->setText(directory);
    Preferences::instance().setModelDirectory(directory);
}

void PreferencesDialog::browseProjects()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Where Projects Are Kept"), mProjectFolder->text());
    if (folder.isEmpty())
        return;
    mProjectFolder->setText(folder);
    Preferences::instance().setProjectFolder(folder);
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    const bool loading = mLoading;
    mLoading = true; // relabelling items must not count as edits
    setWindowTitle(tr("Preferences"));
    mAppearance->setTitle(tr("Appearance"));
    mLanguageLabel->setText(tr("&Language:"));
    mLanguage->setItemText(0, tr("System default"));
    mLanguage->setToolTip(tr("The language of menus, panels and messages; it changes at once"));
    mThemeLabel->setText(tr("&Theme:"));
    mTheme->setItemText(0, tr("Follow the system"));
    mTheme->setItemText(1, tr("Light"));
    mTheme->setItemText(2, tr("Dark"));
    mUnitsLabel->setText(tr("Length &units:"));
    mUnits->setItemText(0, tr("Centimetres (cm)"));
    mUnits->setItemText(1, tr("Metres (m)"));
    mUpAxisLabel->setText(tr("&Up axis of motion files:"));
    mUpAxis->setItemText(0, tr("As the file says or as detected"));
    mUpAxis->setItemText(1, tr("Always Y"));
    mUpAxis->setItemText(2, tr("Always Z"));
    mUpAxis->setToolTip(tr("For files whose figure lies down or stands on its head: applies to open clips too"));
    mModel->setTitle(tr("Model"));
    mStartModelLabel->setText(tr("&At start, load:"));
    mStartModel->setItemText(0, tr("The last model used"));
    mStartModel->setItemText(1, tr("The bundled default model"));
    mStartModel->setItemText(2, tr("This model directory:"));
    mModelDirectory->setPlaceholderText(tr("A model directory (config.json, model.safetensors, …)"));
    mModelDirectory->setAccessibleName(tr("Model directory to load at start"));
    mBrowseModel->setText(tr("&Browse…"));
    mBrowseModel->setAccessibleName(tr("Choose the model directory"));
    mDeviceLabel->setText(tr("&Device:"));
    const bool cuda = app::MlController::cudaAvailable();
    mDevice->setItemText(0, tr("Automatic (CUDA when available)"));
    mDevice->setItemData(0, QStringLiteral("auto"));
    mDevice->setItemText(1, tr("CPU"));
    mDevice->setItemData(1, QStringLiteral("cpu"));
    mDevice->setItemText(2, cuda ? tr("CUDA") : tr("CUDA (not available in this build or machine)"));
    mDevice->setItemData(2, QStringLiteral("cuda"));
    mPlayback->setTitle(tr("Playback"));
    mSpeedLabel->setText(tr("&Speed:"));
    mLoop->setText(tr("&Loop at the end"));
    mPlayOnOpen->setText(tr("&Play clips as soon as they open"));
    mProjects->setTitle(tr("Projects"));
    mProjectFolderLabel->setText(tr("&Folder:"));
    mProjectFolder->setToolTip(tr("Where New Project and Open Project start"));
    mBrowseProjects->setText(tr("Br&owse…"));
    mBrowseProjects->setAccessibleName(tr("Choose the projects folder"));
    mDefaults->setText(tr("&Restore Defaults"));
    mLoading = loading;
}

} // namespace gm::ui
