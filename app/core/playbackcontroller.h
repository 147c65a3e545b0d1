#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace gm::app {

/// The play head: a time in seconds over [0, duration], played in real time at a speed of
/// 0.1×–4× (frames are skipped, never slowed: the time comes from a clock, not from counting
/// ticks), paused, stepped by frames of a given rate, looped or stopped at the end.
class PlaybackController : public QObject
{
    Q_OBJECT

public:
    static constexpr double kMinSpeed = 0.1;
    static constexpr double kMaxSpeed = 4.0;

    explicit PlaybackController(QObject *parent = nullptr);

    /// The length of what plays (the longest open clip); the time is clamped into it.
    void setDuration(double seconds);
    double duration() const { return mDuration; }
    /// The rate that frame numbers and steps use (the active clip's).
    void setFrameRate(double fps);
    double frameRate() const { return mFps; }
    /// The active clip's own length in frames (it may be shorter than the duration): what the
    /// frame display counts. 0 uses frameCount().
    void setActiveFrameCount(int frames);
    /// The active clip's frame at the current time (held on its last frame after it ends) and
    /// its frame count.
    int activeFrame() const;
    int activeFrameCount() const { return mActiveFrames > 0 ? mActiveFrames : frameCount(); }

    double time() const { return mTime; }
    /// The frame shown at the current time, at frameRate().
    int frame() const;
    /// Frames at frameRate() over the duration (at least 1 when there is anything to play).
    int frameCount() const;
    bool isPlaying() const { return mPlaying; }
    double speed() const { return mSpeed; }
    bool loops() const { return mLoop; }

    /// Replaces the monotonic clock (nanoseconds), for tests.
    void setClock(std::function<qint64()> nowNanoseconds);
    /// Moves the time to where the clock says it is now (the timer calls it while playing).
    void advance();

public Q_SLOTS:
    void play();
    void pause();
    void togglePlay();
    void setTime(double seconds);
    void seekFrame(int frame);
    void stepForward();
    void stepBackward();
    void toStart();
    void toEnd();
    void setSpeed(double speed);
    void setLoop(bool loop);

Q_SIGNALS:
    void timeChanged(double seconds);
    /// The duration or the frame rate changed (so frame numbers did).
    void rangeChanged();
    void playingChanged(bool playing);
    void speedChanged(double speed);
    void loopChanged(bool loop);

private:
    double lastFrameTime() const;
    void anchor();

    QTimer mTimer;
    std::function<qint64()> mNow;
    qint64 mAnchorClock = 0;
    double mAnchorTime = 0.0;
    double mTime = 0.0;
    double mDuration = 0.0;
    double mFps = 30.0;
    int mActiveFrames = 0;
    double mSpeed = 1.0;
    bool mPlaying = false;
    bool mLoop = true;
};

} // namespace gm::app
