// The open clips (background loading through the reader registry, failures that leave what
// is open alone, cancelling), the scene they make with the play head, and recent files.

#include "common/gmtest.h"
#include "core/cliplibrary.h"
#include "core/playbackcontroller.h"
#include "core/recentfiles.h"
#include "core/resourcepaths.h"
#include "core/scenecontroller.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace gm::app;

class TestClipLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsInTheBackground()
    {
        GM_REQUIRE_DATA(path, "bvh/cmu/131_03.bvh");
        ClipLibrary library;
        QSignalSpy loaded(&library, &ClipLibrary::loaded);
        library.open(path);
        QCOMPARE(library.pendingLoads(), 1);
        QCOMPARE(library.count(), 0); // not yet: the file is read on a worker thread
        QVERIFY(loaded.wait(10000));
        QCOMPARE(library.count(), 1);
        QCOMPARE(library.pendingLoads(), 0);
        QCOMPARE(library.activeIndex(), 0);
        QCOMPARE(library.at(0).name, QStringLiteral("131_03.bvh"));
        QCOMPARE(library.at(0).clip->frameCount(), 1102);
        QVERIFY(std::abs(library.duration() - 1102.0 / 120.0) < 1e-3);
    }

    void aFailureLeavesWhatIsOpen()
    {
        GM_REQUIRE_DATA(path, "bvh/cmu/131_03.bvh");
        ClipLibrary library;
        QSignalSpy loaded(&library, &ClipLibrary::loaded);
        QSignalSpy failed(&library, &ClipLibrary::loadFailed);
        library.open(path);
        QVERIFY(loaded.wait(10000));
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("broken.bvh"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("HIERARCHY\nROOT Hips\n{\n  OFFSET 0 0 x\n");
        f.close();
        library.open(bad);
        library.open(dir.filePath(QStringLiteral("missing.fbx")));
        QTRY_COMPARE(failed.count(), 2);
        QCOMPARE(failed.at(0).at(0).toString(), bad);
        const QString message = failed.at(0).at(1).toString();
        QVERIFY2(message.contains(QLatin1String("broken.bvh: line 4")), qPrintable(message));
        QVERIFY2(failed.at(1).at(1).toString().contains(QLatin1String("no such file")),
                 qPrintable(failed.at(1).at(1).toString()));
        QCOMPARE(library.count(), 1);
        QCOMPARE(library.activeIndex(), 0);
        QCOMPARE(library.pendingLoads(), 0);
    }

    void cancelDropsResults()
    {
        GM_REQUIRE_DATA(path, "bvh/cmu/01_03.bvh");
        ClipLibrary library;
        QSignalSpy loaded(&library, &ClipLibrary::loaded);
        library.open(path);
        library.cancelLoads();
        QCOMPARE(library.pendingLoads(), 0);
        QTest::qWait(1500);
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(library.count(), 0);
    }

    void activeVisibleAndRemove()
    {
        ClipLibrary library;
        QSignalSpy changed(&library, &ClipLibrary::clipsChanged);
        const gm::motion::Skeleton s({{"root", -1, {}}, {"tip", 0, {0, 1, 0}}});
        const auto clipOf = [&](int frames) {
            return gm::motion::MotionClip::fromPositions(
                s, 10.0, std::vector<glm::vec3>(std::size_t(frames) * 2, glm::vec3(0.0f)));
        };
        library.add(QStringLiteral("/a.bvh"), clipOf(10));
        library.add(QStringLiteral("/b.bvh"), clipOf(30));
        QCOMPARE(library.activeIndex(), 1);
        QCOMPARE(library.duration(), 3.0);
        library.setVisible(1, false);
        QCOMPARE(library.duration(), 1.0);
        QVERIFY(library.at(0).color != library.at(1).color);
        library.setActive(0);
        library.remove(0);
        QCOMPARE(library.count(), 1);
        QCOMPARE(library.activeIndex(), 0);
        QCOMPARE(library.at(0).path, QStringLiteral("/b.bvh"));
        library.clear();
        QCOMPARE(library.activeIndex(), -1);
        QVERIFY(changed.count() >= 5);
    }

    void sceneFollowsClipsAndTime()
    {
        GM_REQUIRE_DATA(a, "bvh/cmu/131_03.bvh");
        GM_REQUIRE_DATA(b, "bvh/cmu/01_01.bvh");
        ClipLibrary library;
        PlaybackController playback;
        SceneController scene(library, playback);
        QSignalSpy sceneChanged(&scene, &SceneController::sceneChanged);
        QSignalSpy loaded(&library, &ClipLibrary::loaded);
        library.open(a);
        library.open(b);
        QTRY_COMPARE(loaded.count(), 2);
        QVERIFY(sceneChanged.count() >= 2);
        // The play head spans the longest clip at the active clip's rate.
        QVERIFY(std::abs(playback.duration() - 2752.0 / 120.0) < 1e-3);
        QVERIFY(std::abs(playback.frameRate() - 120.0) < 1e-2);
        auto content = scene.content();
        QCOMPARE(content.skeletons.size(), std::size_t(2));
        // Side by side: the two figures stand apart; overlaid: where their files put them.
        const float apart = std::abs(content.skeletons[0].joints[0].x - content.skeletons[1].joints[0].x);
        scene.setLayout(gm::render::ClipLayout::Overlaid);
        content = scene.content();
        const float together = std::abs(content.skeletons[0].joints[0].x - content.skeletons[1].joints[0].x);
        QVERIFY2(apart > together + 0.5f, qPrintable(QStringLiteral("%1 vs %2").arg(apart).arg(together)));
        // The time moves the skeletons; the follow target is the active clip's root.
        const glm::vec3 before = content.skeletons[1].joints[0];
        playback.setTime(5.0);
        const glm::vec3 after = scene.content().skeletons[1].joints[0];
        QVERIFY(glm::length(after - before) > 0.05f);
        glm::vec3 root;
        QVERIFY(scene.activeRoot(root));
        QVERIFY(glm::length(root - after) < 1e-5f);
        // Trails and trajectories.
        scene.setRootTrajectory(true);
        scene.setJointTrails(true);
        QVERIFY(scene.content().lines.size() > 2);
        // A hidden clip is not drawn and does not stretch the timeline.
        library.setVisible(1, false);
        QCOMPARE(scene.content().skeletons.size(), std::size_t(1));
        QVERIFY(std::abs(playback.duration() - 1102.0 / 120.0) < 1e-3);
        QVERIFY(!scene.activeRoot(root));
    }

    // The bundled demo clip is found (here: in the source tree) and opens.
    void demoClip()
    {
        const QString demo = demoClipPath();
        QVERIFY(!demo.isEmpty());
        ClipLibrary library;
        QSignalSpy loaded(&library, &ClipLibrary::loaded);
        library.open(demo);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(library.at(0).clip->frameCount(), 2752);
        qputenv("GEOMOTION_DATA_DIR", "/nonexistent");
        QCOMPARE(demoClipPath(), demo); // a bad override falls back to the other places
        qunsetenv("GEOMOTION_DATA_DIR");
    }

    void recentFiles()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        RecentFiles recent(settings);
        QVERIFY(recent.files().isEmpty());
        for (int i = 0; i < 12; ++i)
            recent.add(QStringLiteral("/data/take%1.bvh").arg(i));
        QCOMPARE(recent.files().size(), RecentFiles::kMaxFiles);
        QCOMPARE(recent.files().first(), QStringLiteral("/data/take11.bvh"));
        recent.add(QStringLiteral("/data/take5.bvh"));
        QCOMPARE(recent.files().first(), QStringLiteral("/data/take5.bvh"));
        QCOMPARE(recent.files().count(QStringLiteral("/data/take5.bvh")), 1);
        recent.remove(QStringLiteral("/data/take5.bvh"));
        QVERIFY(!recent.files().contains(QStringLiteral("/data/take5.bvh")));
        recent.clear();
        QVERIFY(recent.files().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClipLibrary)
#include "test_cliplibrary.moc"
