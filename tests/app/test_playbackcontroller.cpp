// The play head on a fake clock: real-time playback at any speed (frames skipped, never
// slowed), loop and stop at the end, stepping, seeking and clamping.

#include "core/playbackcontroller.h"

#include <QSignalSpy>
#include <QTest>

using gm::app::PlaybackController;

class TestPlaybackController : public QObject
{
    Q_OBJECT

private:
    qint64 mNow = 0;

    void prepare(PlaybackController &p, double duration = 2.0, double fps = 10.0)
    {
        mNow = 1'000'000'000;
        p.setClock([this] { return mNow; });
        p.setFrameRate(fps);
        p.setDuration(duration);
    }
    void wait(double seconds) { mNow += qint64(seconds * 1e9); }

private Q_SLOTS:
    void framesAndRange()
    {
        PlaybackController p;
        QCOMPARE(p.frameCount(), 0);
        QSignalSpy range(&p, &PlaybackController::rangeChanged);
        prepare(p, 2.0, 10.0);
        QCOMPARE(range.count(), 2);
        QCOMPARE(p.frameCount(), 20);
        p.setTime(0.55);
        QCOMPARE(p.frame(), 5);
        p.setTime(100.0); // clamped to the last frame
        QCOMPARE(p.frame(), 19);
        QCOMPARE(p.time(), 1.9);
        p.setTime(-3.0);
        QCOMPARE(p.time(), 0.0);
        // The frame display counts the active clip, which may end before the longest one.
        QCOMPARE(p.activeFrameCount(), 20);
        p.setActiveFrameCount(8);
        p.setTime(0.55);
        QCOMPARE(p.activeFrame(), 5);
        p.setTime(1.5);
        QCOMPARE(p.frame(), 15);
        QCOMPARE(p.activeFrame(), 7);
    }

    void playsInRealTimeAndSkipsFrames()
    {
        PlaybackController p;
        prepare(p);
        QSignalSpy playing(&p, &PlaybackController::playingChanged);
        p.play();
        QVERIFY(p.isPlaying());
        QCOMPARE(playing.count(), 1);
        wait(0.25);
        p.advance();
        QCOMPARE(p.time(), 0.25);
        QCOMPARE(p.frame(), 2);
        // A slow repaint: the next tick comes 0.6 s later and the time jumps, it does not lag.
        wait(0.6);
        p.advance();
        QCOMPARE(p.frame(), 8);
        p.pause();
        wait(1.0);
        p.advance();
        QCOMPARE(p.frame(), 8);
        QCOMPARE(playing.count(), 2);
    }

    void speeds()
    {
        PlaybackController p;
        prepare(p, 100.0);
        p.play();
        p.setSpeed(2.0);
        wait(1.0);
        p.advance();
        QVERIFY(std::abs(p.time() - 2.0) < 1e-9);
        p.setSpeed(0.1);
        wait(1.0);
        p.advance();
        QVERIFY(std::abs(p.time() - 2.1) < 1e-9);
        p.setSpeed(10.0);
        QCOMPARE(p.speed(), PlaybackController::kMaxSpeed);
        p.setSpeed(0.0);
        QCOMPARE(p.speed(), PlaybackController::kMinSpeed);
    }

    void loopsOrStopsAtTheEnd()
    {
        PlaybackController p;
        prepare(p, 2.0, 10.0);
        QVERIFY(p.loops());
        p.setTime(1.5);
        p.play();
        wait(0.7); // 2.2 s: wraps to 0.2 s
        p.advance();
        QVERIFY(p.isPlaying());
        QVERIFY2(std::abs(p.time() - 0.2) < 1e-9, qPrintable(QString::number(p.time())));

        p.setLoop(false);
        p.setTime(1.5);
        QSignalSpy playing(&p, &PlaybackController::playingChanged);
        wait(0.7);
        p.advance();
        QVERIFY(!p.isPlaying());
        QCOMPARE(playing.count(), 1);
        QCOMPARE(p.frame(), 19); // stopped on the last frame
        // Play again starts from the beginning.
        p.play();
        QCOMPARE(p.time(), 0.0);
    }

    void stepsAndJumps()
    {
        PlaybackController p;
        prepare(p, 2.0, 10.0);
        p.play();
        p.stepForward(); // stepping pauses
        QVERIFY(!p.isPlaying());
        QCOMPARE(p.frame(), 1);
        p.stepForward();
        p.stepBackward();
        QCOMPARE(p.frame(), 1);
        p.stepBackward();
        p.stepBackward();
        QCOMPARE(p.frame(), 0);
        p.toEnd();
        QCOMPARE(p.frame(), 19);
        p.stepForward();
        QCOMPARE(p.frame(), 19);
        p.toStart();
        QCOMPARE(p.time(), 0.0);
        p.seekFrame(7);
        QCOMPARE(p.frame(), 7);
    }

    void nothingToPlay()
    {
        PlaybackController p;
        p.play();
        QVERIFY(!p.isPlaying());
        prepare(p);
        p.play();
        p.setDuration(0.0); // the last clip closed
        QVERIFY(!p.isPlaying());
        QCOMPARE(p.time(), 0.0);
    }

    void theTimerDrivesPlayback()
    {
        PlaybackController p;
        p.setFrameRate(100.0);
        p.setDuration(60.0);
        QSignalSpy time(&p, &PlaybackController::timeChanged);
        p.play();
        QTRY_VERIFY(time.count() >= 3);
        QVERIFY(p.time() > 0.0);
    }
};

QTEST_GUILESS_MAIN(TestPlaybackController)
#include "test_playbackcontroller.moc"
