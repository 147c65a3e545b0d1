#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gm::ui {

/// Edit ▸ Preferences: language, theme, units, up axis, the model at start and its device,
/// playback defaults and the projects folder. Every change is stored (app::Preferences) and
/// applied at once; there is nothing to confirm. The dialog follows a language change itself.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /// Shows what app::Preferences holds (after a reset or a change made elsewhere).
    void load();
    void browseModel();
    void browseProjects();

    bool mLoading = false;
    QGroupBox *mAppearance = nullptr;
    QGroupBox *mModel = nullptr;
    QGroupBox *mPlayback = nullptr;
    QGroupBox *mProjects = nullptr;
    QLabel *mLanguageLabel = nullptr;
    QComboBox *mLanguage = nullptr;
    QLabel *mThemeLabel = nullptr;
    QComboBox *mTheme = nullptr;
    QLabel *mUnitsLabel = nullptr;
    QComboBox *mUnits = nullptr;
    QLabel *mUpAxisLabel = nullptr;
    QComboBox *mUpAxis = nullptr;
    QLabel *mStartModelLabel = nullptr;
    QComboBox *mStartModel = nullptr;
    QLineEdit *mModelDirectory = nullptr;
    QPushButton *mBrowseModel = nullptr;
    QLabel *mDeviceLabel = nullptr;
    QComboBox *mDevice = nullptr;
    QLabel *mSpeedLabel = nullptr;
    QDoubleSpinBox *mSpeed = nullptr;
    QCheckBox *mLoop = nullptr;
    QCheckBox *mPlayOnOpen = nullptr;
    QLabel *mProjectFolderLabel = nullptr;
    QLineEdit *mProjectFolder = nullptr;
    QPushButton *mBrowseProjects = nullptr;
    QDialogButtonBox *mButtons = nullptr;
    QPushButton *mDefaults = nullptr;
};

} // namespace gm::ui
