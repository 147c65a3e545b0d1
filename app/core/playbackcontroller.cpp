#include "core/playbackcontroller.h"

#include <algorithm>
#include <cmath>

namespace gm::app {

namespace {

qint64 steadyNanoseconds()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.nsecsElapsed();
}

} // namespace

PlaybackController::PlaybackController(QObject *parent)
    : QObject(parent)
    , mNow(steadyNanoseconds)
{
    // A precise ~100 Hz tick; each one reads the clock, so a slow frame skips ahead.
    mTimer.setTimerType(Qt::PreciseTimer);
    mTimer.setInterval(10);
    connect(&mTimer, &QTimer::timeout, this, &PlaybackController::advance);
}

void PlaybackController::setDuration(double seconds)
{
    const double d = std::isfinite(seconds) ? std::max(seconds, 0.0) : 0.0;
    if (d == mDuration)
        return;
    mDuration = d;
    if (mDuration == 0.0)
        pause();
    Q_EMIT rangeChanged();
    if (mTime > lastFrameTime())
        setTime(lastFrameTime());
}

void PlaybackController::setFrameRate(double fps)
{
    if (!(fps > 0.0) || !std::isfinite(fps) || fps == mFps)
        return;
    mFps = fps;
    Q_EMIT rangeChanged();
}

int PlaybackController::frame() const
{
    return std::min(int(std::floor(mTime * mFps + 1e-6)), std::max(frameCount() - 1, 0));
}

void PlaybackController::setActiveFrameCount(int frames)
{
    if (frames == mActiveFrames)
        return;
    mActiveFrames = std::max(frames, 0);
    Q_EMIT rangeChanged();
}

int PlaybackController::activeFrame() const
{
    return std::min(frame(), std::max(activeFrameCount() - 1, 0));
}

int PlaybackController::frameCount() const
{
    return mDuration > 0.0 ? std::max(1, int(std::lround(mDuration * mFps))) : 0;
}

double PlaybackController::lastFrameTime() const
{
    return frameCount() > 0 ? double(frameCount() - 1) / mFps : 0.0;
}

void PlaybackController::setClock(std::function<qint64()> nowNanoseconds)
{
    mNow = nowNanoseconds ? std::move(nowNanoseconds) : std::function<qint64()>(steadyNanoseconds);
    anchor();
}

void PlaybackController::anchor()
{
    mAnchorClock = mNow();
    mAnchorTime = mTime;
}

void PlaybackController::advance()
{
    if (!mPlaying)
        return;
    double t = mAnchorTime + double(mNow() - mAnchorClock) * 1e-9 * mSpeed;
    if (t > lastFrameTime()) {
        if (mLoop && mDuration > 0.0) {
            t = std::fmod(t, mDuration);
            if (t > lastFrameTime())
                t = 0.0;
            mTime = t;
            anchor();
            Q_EMIT timeChanged(mTime);
            return;
        }
        // The end, not looping: stop on the last frame.
        mTime = lastFrameTime();
        mPlaying = false;
        mTimer.stop();
        Q_EMIT timeChanged(mTime);
        Q_EMIT playingChanged(false);
        return;
    }
    if (t != mTime) {
        mTime = t;
        Q_EMIT timeChanged(mTime);
    }
}

void PlaybackController::play()
{
    if (mPlaying || mDuration <= 0.0)
        return;
    if (!mLoop && mTime >= lastFrameTime())
        mTime = 0.0; // play again from the start, as players do
    mPlaying = true;
    anchor();
    mTimer.start();
    Q_EMIT playingChanged(true);
}

void PlaybackController::pause()
{
    if (!mPlaying)
        return;
    advance();
    mPlaying = false;
    mTimer.stop();
    Q_EMIT playingChanged(false);
}

void PlaybackController::togglePlay()
{
    mPlaying ? pause() : play();
}

void PlaybackController::setTime(double seconds)
{
    const double t = std::clamp(std::isfinite(seconds) ? seconds : 0.0, 0.0, lastFrameTime());
    anchor();
    mAnchorTime = t;
    if (t != mTime) {
        mTime = t;
        Q_EMIT timeChanged(mTime);
    }
}

void PlaybackController::seekFrame(int frame)
{
    setTime(double(std::clamp(frame, 0, std::max(frameCount() - 1, 0))) / mFps);
}

void PlaybackController::stepForward()
{
    pause();
    seekFrame(frame() + 1);
}

void PlaybackController::stepBackward()
{
    pause();
    seekFrame(frame() - 1);
}

void PlaybackController::toStart()
{
    setTime(0.0);
}

void PlaybackController::toEnd()
{
    setTime(lastFrameTime());
}

void PlaybackController::setSpeed(double speed)
{
    const double s = std::clamp(std::isfinite(speed) ? speed : 1.0, kMinSpeed, kMaxSpeed);
    if (s == mSpeed)
        return;
    advance();
    anchor();
    mSpeed = s;
    Q_EMIT speedChanged(mSpeed);
}

void PlaybackController::setLoop(bool loop)
{
    if (loop == mLoop)
        return;
    mLoop = loop;
    Q_EMIT loopChanged(mLoop);
}

} // namespace gm::app
