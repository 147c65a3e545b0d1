#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace gm::ui {

/// Model ▸ Manage Models…: the bundled default model and every installed one (the user's models
/// folder, shared with `geomotion model`), with size, source, licence and citation; Use loads
/// one, Remove deletes one (never the bundled model or the one in use), Download Model… adds one,
/// and partial downloads are listed so that they can be resumed or discarded.
class ModelManagerDialog : public QDialog
{
    Q_OBJECT

public:
    /// `current`: the folder of the loaded model (it cannot be removed).
    explicit ModelManagerDialog(const QString &current, QWidget *parent = nullptr);

    /// Reads the models folder again.
    void refresh();
    void setCurrentModel(const QString &directory);
    /// The list (for tests): one row per model, then the partial downloads.
    QTreeWidget *list() const { return mList; }

Q_SIGNALS:
    void useModel(const QString &directory);
    void downloadRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void selectionChanged();
    void removeSelected();
    QString selectedDirectory() const;

    QString mCurrent;
    QTreeWidget *mList = nullptr;
    QLabel *mDetails = nullptr;
    QLabel *mFolder = nullptr;
    QPushButton *mUse = nullptr;
    QPushButton *mDownload = nullptr;
    QPushButton *mRemove = nullptr;
    QPushButton *mOpenFolder = nullptr;
    QPushButton *mClose = nullptr;
};

} // namespace gm::ui
