#include "ui/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gm::ui {

namespace {

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

void collectMenu(const QMenu *menu, const QString &path, QList<QPair<QString, QString>> &rows)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString name = path + QStringLiteral(" ▸ ") + plain(action->text());
        if (action->menu()) {
            collectMenu(action->menu(), name, rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            rows.append({name, keys.join(QStringLiteral(", "))});
    }
}

} // namespace

QList<QPair<QString, QString>> ShortcutsDialog::collect(const QMenuBar &menuBar)
{
    QList<QPair<QString, QString>> rows;
    for (QAction *top : menuBar.actions())
        if (top->menu())
            collectMenu(top->menu(), plain(top->text()), rows);
    return rows;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar &menuBar, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    const auto rows = collect(menuBar);
    mTable = new QTableWidget(int(rows.size()), 2, this);
    mTable->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut")});
    mTable->verticalHeader()->hide();
    mTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int i = 0; i < rows.size(); ++i) {
        mTable->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        mTable->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    mTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    mTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTable);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace gm::ui
