#pragma once

#include <QDockWidget>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QVBoxLayout;

namespace gm::app {
class PlaybackController;
}

namespace gm::ui {

class TimelineLane;

/// The transport: play/pause, step ±1 frame, start/end, loop, speed 0.1×–4×, a scrub slider and
/// the time and frame. Its actions (with their shortcuts) also fill the Playback menu.
class TimelineDock : public QDockWidget
{
    Q_OBJECT

public:
    TimelineDock(app::PlaybackController &playback, QWidget *parent = nullptr);

    /// Play/pause, step back, step forward, start, end, loop, slower, faster, normal speed.
    QList<QAction *> playbackActions() const;
    QAction *playAction() const { return mPlay; }
    QAction *loopAction() const { return mLoop; }

    /// "00:12.345", or "1:02:03.500" past an hour.
    static QString formatTime(double seconds);
    /// The speeds the combo box offers.
    static const QList<double> &speeds();

    void retranslateUi();

    /// Adds a lane under the slider; its time axis is kept in line with the slider's.
    void addLane(TimelineLane *lane);
    /// Takes a lane out (the caller deletes it).
    void removeLane(TimelineLane *lane);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateFromPlayback();
    void updatePlaying(bool playing);
    void stepSpeed(int direction);
    void alignLanes();

    app::PlaybackController &mPlayback;
    QAction *mPlay = nullptr;
    QAction *mStepBack = nullptr;
    QAction *mStepForward = nullptr;
    QAction *mToStart = nullptr;
    QAction *mToEnd = nullptr;
    QAction *mLoop = nullptr;
    QAction *mSlower = nullptr;
    QAction *mFaster = nullptr;
    QAction *mNormalSpeed = nullptr;
    QSlider *mSlider = nullptr;
    QComboBox *mSpeed = nullptr;
    QLabel *mTimeLabel = nullptr;
    QLabel *mFrameLabel = nullptr;
    bool mUpdating = false;
    QVBoxLayout *mLanes = nullptr;
    QList<TimelineLane *> mLaneList;
};

} // namespace gm::ui
