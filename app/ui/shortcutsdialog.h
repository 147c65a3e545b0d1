#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace gm::ui {

/// Help ▸ Keyboard Shortcuts: every action of the menu bar that has a shortcut, by menu, read
/// from the actions themselves so the list is always true.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar &menuBar, QWidget *parent = nullptr);

    /// (menu ▸ item, shortcut) rows, in menu order.
    static QList<QPair<QString, QString>> collect(const QMenuBar &menuBar);
    QTableWidget *table() const { return mTable; }

private:
    QTableWidget *mTable = nullptr;
};

} // namespace gm::ui
