// Video export of 10 s of CMU 01_01 at 1280×720, 30 fps, H.264 (MP4): the whole path the studio
// takes — offscreen render with 4× MSAA (or the figure style's QPainter lines), the overlays burnt
// in, libx264 on its own thread — against the matplotlib
// skeleton animation that motion papers use (bench_video.py, the same joints, written here to
// $GM_BENCH_DIR, default /tmp). Run under a display:
//   xvfb-run -a -s '-screen 0 1280x800x24' build/bench/tests/bench/bench_video
//   /usr/bin/python3 tests/bench/bench_video.py /tmp/bench_video_joints.npy

#include "core/videoexport.h"
#include "io/bvhreader.h"
#include "io/npy.h"
#include "motion/units.h"

#include <QEventLoop>
#include <QGuiApplication>
#include <QTemporaryDir>

#include "benchmain.h"

#include <benchmark/benchmark.h>

#include <fstream>

namespace {

std::shared_ptr<const gm::motion::MotionClip> tenSeconds()
{
    static const auto clip = std::make_shared<const gm::motion::MotionClip>(
        gm::motion::BvhReader().read(GM_TEST_DATA_DIR "/bvh/cmu/01_01.bvh").trimmed(0, 1200));
    return clip;
}

/// The joints matplotlib draws: every 30 fps frame, metres, Y up, and the parents.
void writeJoints(const gm::motion::MotionClip &clip, const std::string &folder)
{
    std::vector<float> values;
    const int frames = int(clip.duration() * 30.0) + 1;
    for (int f = 0; f < frames; ++f)
        for (int j = 0; j < clip.jointCount(); ++j) {
            const glm::vec3 p = gm::motion::toMetresYUp(clip.info, clip.globalPosition(clip.frameAt(f / 30.0), j));
            values.insert(values.end(), {p.x, p.y, p.z});
        }
    gm::motion::writeNpy(
        folder + "/bench_video_joints.npy",
        gm::motion::NpyArray::fromFloat32({std::size_t(frames), std::size_t(clip.jointCount()), 3}, values));
    std::ofstream parents(folder + "/bench_video_parents.txt");
    for (int j = 0; j < clip.jointCount(); ++j)
        parents << clip.skeleton().joint(j).parent << '\n';
}

void BM_VideoExport(benchmark::State &state)
{
    const auto clip = tenSeconds();
    const std::string folder
        = qEnvironmentVariableIsEmpty("GM_BENCH_DIR") ? "/tmp" : qEnvironmentVariable("GM_BENCH_DIR").toStdString();
    writeJoints(*clip, folder);
    QTemporaryDir dir;
    gm::app::VideoOverlay overlay;
    overlay.title = QStringLiteral("cmu_01_01.bvh");
    overlay.captions = {{0.0, 10.0, QStringLiteral("a person jumps forward several times.")}};
    int frames = 0;
    for (auto _ : state) {
        gm::app::VideoExportOptions o;
        o.style = gm::app::VideoExportOptions::Style(state.range(0));
        o.video.path = dir.filePath(QStringLiteral("bench.mp4"));
        o.video.overwrite = true;
        gm::app::VideoExporter exporter;
        QEventLoop loop;
        bool ok = false;
        QObject::connect(&exporter, &gm::app::VideoExporter::finished, &loop, [&](bool done, const QString &) {
            ok = done;
            loop.quit();
        });
        QString error;
        if (!exporter.start(clip, nullptr, overlay, o, &error)) {
            state.SkipWithError(error.toStdString().c_str());
            return;
        }
        loop.exec();
        if (!ok) {
            state.SkipWithError("the export failed");
            return;
        }
        frames = gm::app::VideoExporter::frameCount(clip->duration(), o);
    }
    state.counters["frames"] = frames;
    state.counters["fps"]
        = benchmark::Counter(double(frames) * double(state.iterations()), benchmark::Counter::kIsRate);
}
// Arg 0: the shaded style (the 3-D view's OpenGL renderer); 1: the figure style (QPainter lines).
BENCHMARK(BM_VideoExport)->Arg(0)->Arg(1)->Unit(benchmark::kSecond)->UseRealTime()->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    return gm::bench::runBenchmarks(argc, argv);
}
