// Frame time of the offscreen scene render (sky, ground grid, axes) at common export sizes, and
// with 1, 16 and 256 skeletons of 31 joints (CMU 01_01, a grid of copies) at 1280×720, with the
// draw calls of a frame as a counter (instancing keeps it constant).
// Run under a display: xvfb-run -a -s '-screen 0 1280x800x24' build/bench/tests/bench/bench_render

#include "io/bvhreader.h"
#include "render/clipscene.h"
#include "render/offscreenrenderer.h"

#include <cmath>

#include <QGuiApplication>

#include "benchmain.h"

#include <benchmark/benchmark.h>

namespace {

void BM_OffscreenSceneFrame(benchmark::State &state)
{
    gm::render::OffscreenRenderer renderer;
    if (!renderer.create()) {
        state.SkipWithError(renderer.errorString().toStdString().c_str());
        return;
    }
    gm::render::Camera camera;
    const QSize size(int(state.range(0)), int(state.range(1)));
    for (auto _ : state) {
        QImage image = renderer.render(camera, size, 4);
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["fps"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_OffscreenSceneFrame)
    ->Args({640, 360})
    ->Args({1280, 720})
    ->Args({1920, 1080})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_Skeletons(benchmark::State &state)
{
    static const gm::motion::MotionClip clip = gm::motion::BvhReader().read(GM_TEST_DATA_DIR "/bvh/cmu/01_01.bvh");
    gm::render::OffscreenRenderer renderer;
    if (!renderer.create()) {
        state.SkipWithError(renderer.errorString().toStdString().c_str());
        return;
    }
    const int count = int(state.range(0));
    const int side = int(std::ceil(std::sqrt(double(count))));
    gm::render::SceneContent content;
    for (int i = 0; i < count; ++i)
        content.skeletons.push_back(
            gm::render::clipPose(clip, 600, glm::vec3(1.5f * float(i % side), 0.0f, -1.5f * float(i / side))));
    renderer.scene().setContent(content);
    gm::render::Camera camera;
    camera.frame(gm::render::contentBounds(content));
    for (auto _ : state) {
        QImage image = renderer.render(camera, QSize(1280, 720), 4);
        benchmark::DoNotOptimize(image.constBits());
    }
    const gm::render::FrameStats stats = renderer.scene().lastFrameStats();
    state.counters["draw_calls"] = stats.drawCalls;
    state.counters["instances"] = stats.bones + stats.joints;
    state.counters["fps"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Skeletons)->Arg(1)->Arg(16)->Arg(256)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    return gm::bench::runBenchmarks(argc, argv);
}
