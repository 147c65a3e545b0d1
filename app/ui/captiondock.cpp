#include "ui/captiondock.h"

#include "core/cliplibrary.h"
#include "core/mlcontroller.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <limits>

namespace gm::ui {

using Decoding = ml::CaptionOptions::Decoding;

CaptionDock::CaptionDock(app::MlController &ml, app::ClipLibrary &library, QWidget *parent)
    : QDockWidget(parent)
    , mMl(ml)
    , mLibrary(library)
{
    setObjectName(QStringLiteral("CaptionDock"));
    auto *panel = new QWidget(this);
    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(6, 4, 6, 4);

    mCaption = new QAction(this);
    mCaption->setObjectName(QStringLiteral("CaptionAction"));
    mCaption->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    mCancel = new QAction(this);
    mCancel->setObjectName(QStringLiteral("CancelCaptionAction"));
    mCancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    mCopy = new QAction(this);
    mCopy->setObjectName(QStringLiteral("CopyCaptionAction"));
    mCopy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(mCaption, &QAction::triggered, this, &CaptionDock::captionNow);
    connect(mCancel, &QAction::triggered, &ml, &app::MlController::cancelCaption);
    connect(mCopy, &QAction::triggered, this, &CaptionDock::copySelected);
    mUse = new QAction(this);
    mUse->setObjectName(QStringLiteral("UseCaptionAction"));
    mUse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(mUse, &QAction::triggered, this, [this] {
        QTreeWidgetItem *item = mCandidates->currentItem();
        if (!item && mCandidates->topLevelItemCount() > 0)
            item = mCandidates->topLevelItem(0);
        if (item && mResultFirst >= 0)
            Q_EMIT useAsAnnotation(item->text(0), mResultFirst, mResultLast);
    });

    mRangeLabel = new QLabel(panel);
    mRangeLabel->setObjectName(QStringLiteral("CaptionRange"));
    mRangeLabel->setWordWrap(true);
    column->addWidget(mRangeLabel);

    auto *buttons = new QHBoxLayout;
    mCaptionButton = new QPushButton(panel);
    mCaptionButton->setObjectName(QStringLiteral("CaptionButton"));
    mCaptionButton->setDefault(true);
    mCancelButton = new QPushButton(panel);
    mCancelButton->setObjectName(QStringLiteral("CancelCaptionButton"));
    mCopyButton = new QPushButton(panel);
    mCopyButton->setObjectName(QStringLiteral("CopyCaptionButton"));
    connect(mCaptionButton, &QPushButton::clicked, mCaption, &QAction::trigger);
    connect(mCancelButton, &QPushButton::clicked, mCancel, &QAction::trigger);
    connect(mCopyButton, &QPushButton::clicked, mCopy, &QAction::trigger);
    buttons->addWidget(mCaptionButton);
    buttons->addWidget(mCancelButton);
    buttons->addStretch(1);
    mUseButton = new QPushButton(panel);
    mUseButton->setObjectName(QStringLiteral("UseCaptionButton"));
    connect(mUseButton, &QPushButton::clicked, mUse, &QAction::trigger);
    buttons->addWidget(mUseButton);
    buttons->addWidget(mCopyButton);
    column->addLayout(buttons);

    auto *grid = new QGridLayout;
    auto addRow = [&](int row, int col, QLabel *&label, QWidget *field) {
        label = new QLabel(panel);
        label->setBuddy(field);
        grid->addWidget(label, row, col * 2);
        grid->addWidget(field, row, col * 2 + 1);
    };
    mDecoding = new QComboBox(panel);
    mDecoding->setObjectName(QStringLiteral("DecodingCombo"));
    for (int i = 0; i < 3; ++i)
        mDecoding->addItem(QString());
    mCount = new QSpinBox(panel);
    mCount->setObjectName(QStringLiteral("CandidateCount"));
    mCount->setRange(1, 8);
    mTemperature = new QDoubleSpinBox(panel);
    mTemperature->setRange(0.05, 5.0);
    mTemperature->setSingleStep(0.1);
    mTemperature->setValue(1.0);
    mTopK = new QSpinBox(panel);
    mTopK->setRange(0, 50000);
    mTopP = new QDoubleSpinBox(panel);
    mTopP->setRange(0.01, 1.0);
    mTopP->setSingleStep(0.05);
    mTopP->setValue(1.0);
    mBeams = new QSpinBox(panel);
    mBeams->setRange(1, 16);
    mBeams->setValue(4);
    mSeed = new QSpinBox(panel);
    mSeed->setRange(0, std::numeric_limits<int>::max());
    mMaxTokens = new QSpinBox(panel);
    mMaxTokens->setRange(1, 200);
    mMaxTokens->setValue(40);
    addRow(0, 0, mDecodingLabel, mDecoding);
    addRow(0, 1, mCountLabel, mCount);
    addRow(1, 0, mTemperatureLabel, mTemperature);
    addRow(1, 1, mTopKLabel, mTopK);
    addRow(2, 0, mTopPLabel, mTopP);
    addRow(2, 1, mBeamsLabel, mBeams);
    addRow(3, 0, mSeedLabel, mSeed);
    addRow(3, 1, mMaxTokensLabel, mMaxTokens);
    column->addLayout(grid);

    mLive = new QLabel(panel);
    mLive->setObjectName(QStringLiteral("LiveCaption"));
    mLive->setWordWrap(true);
    mLive->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mLive->setMinimumHeight(mLive->fontMetrics().height() * 2);
    QFont big = mLive->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    mLive->setFont(big);
    column->addWidget(mLive);

    mCandidates = new QTreeWidget(panel);
    mCandidates->setObjectName(QStringLiteral("CaptionCandidates"));
    mCandidates->setRootIsDecorated(false);
    mCandidates->setColumnCount(3);
    mCandidates->setAllColumnsShowFocus(true);
    mCandidates->header()->setStretchLastSection(false);
    mCandidates->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    mCandidates->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    mCandidates->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    mCandidates->setContextMenuPolicy(Qt::ActionsContextMenu);
    mCandidates->addAction(mCopy);
    mCandidates->addAction(mUse);
    column->addWidget(mCandidates, 1);

    mStatus = new QLabel(panel);
    mStatus->setObjectName(QStringLiteral("CaptionStatus"));
    mStatus->setWordWrap(true);
    column->addWidget(mStatus);
    setWidget(panel);

    connect(mDecoding, &QComboBox::currentIndexChanged, this, &CaptionDock::updateDecodingControls);
    connect(mCandidates, &QTreeWidget::currentItemChanged, this, &CaptionDock::updateEnabled);
    connect(&ml, &app::MlController::captionStarted, this, [this] {
        mCandidates->clear();
        mLive->clear();
        mStatus->setText(tr("Generating…"));
        updateEnabled();
    });
    connect(&ml, &app::MlController::captionProgress, this, [this](int candidate, const QString &text) {
        mLive->setText(candidateCount() > 1 ? tr("Candidate %1: %2").arg(candidate + 1).arg(text) : text);
    });
    connect(&ml, &app::MlController::captionFinished, this, &CaptionDock::onFinished);
    connect(&ml, &app::MlController::captionFailed, this, [this](const QString &message) {
        mStatus->setText(tr("Captioning failed: %1").arg(message));
        updateEnabled();
    });
    for (auto signal : {&app::MlController::analysisReady, &app::MlController::analysisForgotten})
        connect(&ml, signal, this, [this] { updateRange(); });
    connect(&ml, &app::MlController::modelLoaded, this, [this] { updateRange(); });
    connect(&library, &app::ClipLibrary::activeChanged, this, [this] {
        mFirst = mLast = -1;
        updateRange();
    });

    readSettings();
    retranslateUi();
}

CaptionDock::~CaptionDock()
{
    writeSettings();
}

void CaptionDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void CaptionDock::retranslateUi()
{
    setWindowTitle(tr("Caption"));
    mCaption->setText(tr("&Caption"));
    mCaption->setToolTip(tr("Caption the clip or the selected tokens (%1)").arg(mCaption->shortcut().toString()));
    mCancel->setText(tr("Cancel Caption"));
    mCopy->setText(tr("Copy Caption"));
    mCaptionButton->setText(tr("Caption", "button: caption the clip now"));
    mCaptionButton->setToolTip(mCaption->toolTip());
    mCancelButton->setText(tr("Cancel"));
    mCopyButton->setText(tr("Copy"));
    mUse->setText(tr("&Use as Annotation"));
    mUse->setToolTip(
        tr("Add the chosen caption to the project as a segment over its tokens (%1)").arg(mUse->shortcut().toString()));
    mUseButton->setText(tr("Use as Annotation"));
    mUseButton->setToolTip(mUse->toolTip());
    mDecodingLabel->setText(tr("&Decoding:"));
    mDecoding->setItemText(0, tr("Greedy (as released)"));
    mDecoding->setItemText(1, tr("Sampling"));
    mDecoding->setItemText(2, tr("Beam search"));
    mCountLabel->setText(tr("Ca&ndidates:"));
    mTemperatureLabel->setText(tr("&Temperature:"));
    mTopKLabel->setText(tr("Top-&k (0: all):"));
    mTopPLabel->setText(tr("Top-&p:"));
    mBeamsLabel->setText(tr("&Beams:"));
    mSeedLabel->setText(tr("&Seed:"));
    mMaxTokensLabel->setText(tr("&Max tokens:"));
    mCandidates->setHeaderLabels({tr("Caption"), tr("log p"), tr("Tokens")});
    mCandidates->setAccessibleName(tr("Caption candidates"));
    updateRange();
    updateDecodingControls();
}

void CaptionDock::setRange(int first, int last)
{
    if (first > last)
        std::swap(first, last);
    mFirst = first < 0 ? -1 : first;
    mLast = first < 0 ? -1 : last;
    updateRange();
}

void CaptionDock::updateRange()
{
    const app::OpenClip *active = mLibrary.active();
    const app::ClipAnalysis *a = active ? mMl.analysis(active->id) : nullptr;
    if (!active)
        mRangeLabel->setText(tr("Open a clip to caption it."));
    else if (!mMl.hasModel())
        mRangeLabel->setText(tr("No model loaded."));
    else if (!mMl.model().hasCaptioner)
        mRangeLabel->setText(tr("The model %1 has no captioner.").arg(mMl.model().name));
    else if (!a)
        mRangeLabel->setText(tr("Tokenizing %1…").arg(active->name));
    else if (mFirst < 0)
        mRangeLabel->setText(tr("Whole clip: %n token(s), %1–%2 s", nullptr, a->tokenCount())
                                 .arg(0.0, 0, 'f', 2)
                                 .arg(a->tokenEnd(a->tokenCount() - 1), 0, 'f', 2));
    else
        mRangeLabel->setText(tr("Tokens %1–%2 of %3: %4–%5 s (drag on the token lane to change, click to clear)")
                                 .arg(mFirst)
                                 .arg(std::min(mLast, a->tokenCount() - 1))
                                 .arg(a->tokenCount())
                                 .arg(a->tokenStart(mFirst), 0, 'f', 2)
                                 .arg(a->tokenEnd(std::min(mLast, a->tokenCount() - 1)), 0, 'f', 2));
    updateEnabled();
}

void CaptionDock::updateEnabled()
{
    const app::OpenClip *active = mLibrary.active();
    const bool ready = active && mMl.analysis(active->id) && mMl.model().hasCaptioner;
    mCaption->setEnabled(ready);
    mCaptionButton->setEnabled(ready);
    mCancel->setEnabled(mMl.captioning());
    mCancelButton->setEnabled(mMl.captioning());
    const bool any = mCandidates->topLevelItemCount() > 0;
    mCopy->setEnabled(any);
    mCopyButton->setEnabled(any);
    mUse->setEnabled(any);
    mUseButton->setEnabled(any);
}

void CaptionDock::updateDecodingControls()
{
    const Decoding d = Decoding(mDecoding->currentIndex());
    for (QWidget *w : {static_cast<QWidget *>(mTemperature), static_cast<QWidget *>(mTopK),
                       static_cast<QWidget *>(mTopP), static_cast<QWidget *>(mSeed)})
        w->setEnabled(d == Decoding::Sample);
    mBeams->setEnabled(d == Decoding::Beam);
    mCount->setEnabled(d != Decoding::Greedy);
}

ml::CaptionOptions CaptionDock::options() const
{
    ml::CaptionOptions o;
    o.decoding = Decoding(mDecoding->currentIndex());
    o.temperature = mTemperature->value();
    o.topK = mTopK->value();
    o.topP = mTopP->value();
    o.beams = mBeams->value();
    o.seed = std::uint64_t(mSeed->value());
    o.maxNewTokens = mMaxTokens->value();
    return o;
}

int CaptionDock::candidateCount() const
{
    return Decoding(mDecoding->currentIndex()) == Decoding::Greedy ? 1 : mCount->value();
}

void CaptionDock::setDecoding(ml::CaptionOptions::Decoding decoding)
{
    mDecoding->setCurrentIndex(int(decoding));
}

void CaptionDock::setCandidateCount(int count)
{
    mCount->setValue(count);
}

QString CaptionDock::liveText() const
{
    return mLive->text();
}

QString CaptionDock::statusText() const
{
    return mStatus->text();
}

void CaptionDock::captionNow()
{
    const app::OpenClip *active = mLibrary.active();
    const app::ClipAnalysis *a = active ? mMl.analysis(active->id) : nullptr;
    if (!a)
        return;
    const int first = mFirst < 0 ? 0 : mFirst;
    const int last = mFirst < 0 ? a->tokenCount() - 1 : mLast;
    mMl.caption(active->id, first, last, options(), candidateCount());
    writeSettings();
}

void CaptionDock::onFinished(const app::CaptionResult &r)
{
    mCandidates->clear();
    mResultFirst = r.firstToken;
    mResultLast = r.lastToken;
    for (const app::CaptionCandidate &c : r.candidates) {
        auto *item = new QTreeWidgetItem(mCandidates);
        item->setText(0, c.text);
        item->setToolTip(0, c.text);
        item->setText(1, QString::number(c.logProbability, 'f', 2));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, QString::number(c.tokens));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (mCandidates->topLevelItemCount() > 0)
        mCandidates->setCurrentItem(mCandidates->topLevelItem(0));
    if (!r.candidates.empty())
        mLive->setText(r.candidates.front().text);
    const QString range = tr("tokens %1–%2").arg(r.firstToken).arg(r.lastToken);
    mStatus->setText(r.cancelled ? tr("Cancelled (%1): what was made so far is kept.").arg(range)
                                 : tr("%n candidate(s) for %1 in %2 s", nullptr, int(r.candidates.size()))
                                       .arg(range)
                                       .arg(r.seconds, 0, 'f', 2));
    if (r.truncated) // the model's positions hold fewer codes than the range
        mStatus->setText(
            mStatus->text() + QLatin1Char(' ')
            + tr("It reads %n token(s) at most: select %1–%2 for the rest.", nullptr, r.lastToken - r.firstToken + 1)
                  .arg(r.lastToken + 1)
                  .arg(r.requestedLastToken));
    updateEnabled();
}

void CaptionDock::copySelected()
{
    QTreeWidgetItem *item = mCandidates->currentItem();
    if (!item && mCandidates->topLevelItemCount() > 0)
        item = mCandidates->topLevelItem(0);
    if (item)
        QApplication::clipboard()->setText(item->text(0));
}

void CaptionDock::readSettings()
{
    QSettings s;
    s.beginGroup(QStringLiteral("caption"));
    mDecoding->setCurrentIndex(std::clamp(s.value(QStringLiteral("decoding"), 0).toInt(), 0, 2));
    mCount->setValue(s.value(QStringLiteral("candidates"), 3).toInt());
    mTemperature->setValue(s.value(QStringLiteral("temperature"), 1.0).toDouble());
    mTopK->setValue(s.value(QStringLiteral("topK"), 0).toInt());
    mTopP->setValue(s.value(QStringLiteral("topP"), 1.0).toDouble());
    mBeams->setValue(s.value(QStringLiteral("beams"), 4).toInt());
    mSeed->setValue(s.value(QStringLiteral("seed"), 0).toInt());
    mMaxTokens->setValue(s.value(QStringLiteral("maxTokens"), 40).toInt());
}

void CaptionDock::writeSettings() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("caption"));
    s.setValue(QStringLiteral("decoding"), mDecoding->currentIndex());
    s.setValue(QStringLiteral("candidates"), mCount->value());
    s.setValue(QStringLiteral("temperature"), mTemperature->value());
    s.setValue(QStringLiteral("topK"), mTopK->value());
    s.setValue(QStringLiteral("topP"), mTopP->value());
    s.setValue(QStringLiteral("beams"), mBeams->value());
    s.setValue(QStringLiteral("seed"), mSeed->value());
    s.setValue(QStringLiteral("maxTokens"), mMaxTokens->value());
}

} // namespace gm::ui
