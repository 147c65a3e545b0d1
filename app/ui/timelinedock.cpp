#include "ui/timelinedock.h"

#include "core/playbackcontroller.h"
#include "ui/timelinelane.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace gm::ui {

namespace {

QToolButton *transportButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus); // Space and the arrows stay the window's shortcuts
    return button;
}

} // namespace

TimelineDock::TimelineDock(app::PlaybackController &playback, QWidget *parent)
    : QDockWidget(parent)
    , mPlayback(playback)
{
    setObjectName(QStringLiteral("TimelineDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
    setAllowedAreas(Qt::TopDockWidgetArea | Qt::BottomDockWidgetArea);

    QStyle *s = style();
    mPlay = new QAction(s->standardIcon(QStyle::SP_MediaPlay), QString(), this);
    mPlay->setObjectName(QStringLiteral("PlayAction"));
    mPlay->setShortcut(QKeySequence(Qt::Key_Space));
    mStepBack = new QAction(s->standardIcon(QStyle::SP_MediaSeekBackward), QString(), this);
    mStepBack->setObjectName(QStringLiteral("StepBackAction"));
    mStepBack->setShortcut(QKeySequence(Qt::Key_Left));
    mStepBack->setAutoRepeat(true);
    mStepForward = new QAction(s->standardIcon(QStyle::SP_MediaSeekForward), QString(), this);
    mStepForward->setObjectName(QStringLiteral("StepForwardAction"));
    mStepForward->setShortcut(QKeySequence(Qt::Key_Right));
    mStepForward->setAutoRepeat(true);
    mToStart = new QAction(s->standardIcon(QStyle::SP_MediaSkipBackward), QString(), this);
    mToStart->setObjectName(QStringLiteral("ToStartAction"));
    mToStart->setShortcut(QKeySequence(Qt::Key_Home));
    mToEnd = new QAction(s->standardIcon(QStyle::SP_MediaSkipForward), QString(), this);
    mToEnd->setObjectName(QStringLiteral("ToEndAction"));
    mToEnd->setShortcut(QKeySequence(Qt::Key_End));
    mLoop = new QAction(s->standardIcon(QStyle::SP_BrowserReload), QString(), this);
    mLoop->setObjectName(QStringLiteral("LoopAction"));
    mLoop->setCheckable(true);
    mLoop->setChecked(playback.loops());
    mLoop->setShortcut(QKeySequence(Qt::Key_L));
    mSlower = new QAction(this);
    mSlower->setShortcut(QKeySequence(Qt::Key_BracketLeft));
    mFaster = new QAction(this);
    mFaster->setShortcut(QKeySequence(Qt::Key_BracketRight));
    mNormalSpeed = new QAction(this);
    mNormalSpeed->setShortcut(QKeySequence(Qt::Key_Backslash));

    connect(mPlay, &QAction::triggered, &playback, &app::PlaybackController::togglePlay);
    connect(mStepBack, &QAction::triggered, &playback, &app::PlaybackController::stepBackward);
    connect(mStepForward, &QAction::triggered, &playback, &app::PlaybackController::stepForward);
    connect(mToStart, &QAction::triggered, &playback, &app::PlaybackController::toStart);
    connect(mToEnd, &QAction::triggered, &playback, &app::PlaybackController::toEnd);
    connect(mLoop, &QAction::toggled, &playback, &app::PlaybackController::setLoop);
    connect(mSlower, &QAction::triggered, this, [this] { stepSpeed(-1); });
    connect(mFaster, &QAction::triggered, this, [this] { stepSpeed(+1); });
    connect(mNormalSpeed, &QAction::triggered, this, [this] { mPlayback.setSpeed(1.0); });

    auto *panel = new QWidget(this);
    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 0, 2);
    column->setSpacing(2);
    auto *row = new QHBoxLayout;
    column->addLayout(row);
    mLanes = new QVBoxLayout;
    mLanes->setContentsMargins(6, 0, 6, 0);
    mLanes->setSpacing(2);
    column->addLayout(mLanes);
    row->setContentsMargins(6, 2, 6, 2);
    for (QAction *a : {mToStart, mStepBack, mPlay, mStepForward, mToEnd, mLoop})
        row->addWidget(transportButton(a, panel));
    mSlider = new QSlider(Qt::Horizontal, panel);
    mSlider->setObjectName(QStringLiteral("TimelineSlider"));
    mSlider->setFocusPolicy(Qt::NoFocus);
    mSlider->setRange(0, 0);
    row->addWidget(mSlider, 1);
    mSlider->installEventFilter(this);
    mTimeLabel = new QLabel(panel);
    mTimeLabel->setObjectName(QStringLiteral("TimeLabel"));
    mTimeLabel->setMinimumWidth(mTimeLabel->fontMetrics().horizontalAdvance(QStringLiteral("00:00.000 / 00:00.000")));
    row->addWidget(mTimeLabel);
    mFrameLabel = new QLabel(panel);
    mFrameLabel->setObjectName(QStringLiteral("FrameLabel"));
    mFrameLabel->setMinimumWidth(mFrameLabel->fontMetrics().horizontalAdvance(QStringLiteral("frame 00000 / 00000")));
    row->addWidget(mFrameLabel);
    mSpeed = new QComboBox(panel);
    mSpeed->setObjectName(QStringLiteral("SpeedCombo"));
    mSpeed->setFocusPolicy(Qt::NoFocus);
    for (double v : speeds())
        mSpeed->addItem(QStringLiteral("%1×").arg(v), v);
    mSpeed->setCurrentIndex(int(speeds().indexOf(1.0)));
    row->addWidget(mSpeed);
    setWidget(panel);

    connect(mSlider, &QSlider::valueChanged, this, [this](int frame) {
        if (!mUpdating)
            mPlayback.seekFrame(frame);
    });
    connect(mSlider, &QSlider::sliderPressed, &playback, &app::PlaybackController::pause);
    connect(mSpeed, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!mUpdating && index >= 0)
            mPlayback.setSpeed(mSpeed->itemData(index).toDouble());
    });
    connect(&playback, &app::PlaybackController::timeChanged, this, &TimelineDock::updateFromPlayback);
    connect(&playback, &app::PlaybackController::rangeChanged, this, &TimelineDock::updateFromPlayback);
    connect(&playback, &app::PlaybackController::playingChanged, this, &TimelineDock::updatePlaying);
    connect(&playback, &app::PlaybackController::loopChanged, mLoop, &QAction::setChecked);
    connect(&playback, &app::PlaybackController::speedChanged, this, [this](double speed) {
        mUpdating = true;
        int best = 0;
        for (int i = 0; i < speeds().size(); ++i)
            if (std::abs(speeds()[i] - speed) < std::abs(speeds()[best] - speed))
                best = i;
        mSpeed->setCurrentIndex(best);
        mUpdating = false;
    });

    retranslateUi();
    updateFromPlayback();
}

void TimelineDock::addLane(TimelineLane *lane)
{
    mLanes->addWidget(lane);
    mLaneList.append(lane);
    lane->installEventFilter(this);
    alignLanes();
}

void TimelineDock::removeLane(TimelineLane *lane)
{
    mLanes->removeWidget(lane);
    mLaneList.removeAll(lane);
    lane->removeEventFilter(this);
}

bool TimelineDock::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Move)
        alignLanes();
    return QDockWidget::eventFilter(watched, event);
}

void TimelineDock::alignLanes()
{
    // The handle's centre runs over the groove less half a handle at each end: that is the
    // slider's time axis, and the lanes use the same one.
    QStyleOptionSlider option;
    option.initFrom(mSlider);
    option.orientation = Qt::Horizontal;
    option.minimum = mSlider->minimum();
    option.maximum = mSlider->maximum();
    option.sliderPosition = mSlider->value();
    const QRect groove = mSlider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, mSlider);
    const int handle = mSlider->style()->pixelMetric(QStyle::PM_SliderLength, &option, mSlider);
    for (TimelineLane *lane : mLaneList) {
        const QPoint start = mSlider->mapTo(widget(), QPoint(groove.left() + handle / 2, 0));
        const QPoint end = mSlider->mapTo(widget(), QPoint(groove.right() - handle / 2, 0));
        const QPoint laneOrigin = lane->mapTo(widget(), QPoint(0, 0));
        lane->setInsets(start.x() - laneOrigin.x(), laneOrigin.x() + lane->width() - end.x());
    }
}

QList<QAction *> TimelineDock::playbackActions() const
{
    return {mPlay, mStepBack, mStepForward, mToStart, mToEnd, mLoop, mSlower, mFaster, mNormalSpeed};
}

const QList<double> &TimelineDock::speeds()
{
    static const QList<double> kSpeeds = {0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0};
    return kSpeeds;
}

QString TimelineDock::formatTime(double seconds)
{
    const qint64 ms = qint64(std::llround(std::max(seconds, 0.0) * 1000.0));
    const qint64 h = ms / 3600000;
    const qint64 m = (ms / 60000) % 60;
    const qint64 s = (ms / 1000) % 60;
    const qint64 rest = ms % 1000;
    const QLatin1Char zero('0');
    if (h > 0)
        return QStringLiteral("%1:%2:%3.%4").arg(h).arg(m, 2, 10, zero).arg(s, 2, 10, zero).arg(rest, 3, 10, zero);
    return QStringLiteral("%1:%2.%3").arg(m, 2, 10, zero).arg(s, 2, 10, zero).arg(rest, 3, 10, zero);
}

void TimelineDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void TimelineDock::retranslateUi()
{
    setWindowTitle(tr("Timeline"));
    mPlay->setText(mPlayback.isPlaying() ? tr("&Pause") : tr("&Play"));
    mStepBack->setText(tr("Step &Back"));
    mStepForward->setText(tr("Step &Forward"));
    mToStart->setText(tr("Go to &Start"));
    mToEnd->setText(tr("Go to &End"));
    mLoop->setText(tr("&Loop"));
    mSlower->setText(tr("&Slower"));
    mFaster->setText(tr("F&aster"));
    mNormalSpeed->setText(tr("&Normal Speed"));
    for (QAction *a : playbackActions())
        a->setToolTip(a->shortcut().isEmpty() ? a->text().remove(QLatin1Char('&'))
                                              : tr("%1 (%2)").arg(a->text().remove(QLatin1Char('&')),
                                                                  a->shortcut().toString(QKeySequence::NativeText)));
    mSlider->setAccessibleName(tr("Time"));
    mSpeed->setAccessibleName(tr("Playback speed"));
    mSpeed->setToolTip(tr("Playback speed ([ slower, ] faster, \\ normal)"));
    updateFromPlayback(); // the frame counter's words
}

void TimelineDock::updatePlaying(bool playing)
{
    mPlay->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    retranslateUi();
}

void TimelineDock::updateFromPlayback()
{
    mUpdating = true;
    const int frames = mPlayback.frameCount();
    mSlider->setRange(0, std::max(frames - 1, 0));
    mSlider->setValue(mPlayback.frame());
    mSlider->setEnabled(frames > 0);
    mUpdating = false;
    mTimeLabel->setText(tr("%1 / %2").arg(formatTime(mPlayback.time()), formatTime(mPlayback.duration())));
    mFrameLabel->setText(frames > 0
                             ? tr("frame %1 / %2").arg(mPlayback.activeFrame() + 1).arg(mPlayback.activeFrameCount())
                             : tr("no clip"));
    for (QAction *a : playbackActions())
        a->setEnabled(frames > 0);
}

void TimelineDock::stepSpeed(int direction)
{
    const QList<double> &all = speeds();
    int index = 0;
    for (int i = 0; i < all.size(); ++i)
        if (all[i] <= mPlayback.speed() + 1e-9)
            index = i;
    if (direction < 0 && all[index] >= mPlayback.speed() - 1e-9)
        index = std::max(index - 1, 0);
    else if (direction > 0)
        index = std::min(index + 1, int(all.size()) - 1);
    mPlayback.setSpeed(all[index]);
}

} // namespace gm::ui
