// Frame time of the offscreen scene render (sky, ground grid, axes) at common export sizes.
// Run under a display: xvfb-run -a -s '-screen 0 1280x800x24' build/bench/tests/bench/bench_render

#include "render/offscreenrenderer.h"

#include <QGuiApplication>

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

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
