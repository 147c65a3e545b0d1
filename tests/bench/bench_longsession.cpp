// A long session in the real window (issue 13): the demo clip plays in a loop while the whole
// clip is captioned again and again, for GM_LONG_SESSION_SECONDS (default 600). Resident memory
// is sampled every 10 s; after the first minute (caches, allocator arenas) it must stay flat.
// Counters: resident MiB after the warm-up and at the end, the growth, the least-squares slope
// in MiB per minute, the number of captions and of GL objects before and after. The samples go
// to $GM_BENCH_DIR/long_session.csv (default /tmp). Run under a display:
//   xvfb-run -a -s '-screen 0 1280x800x24' build/bench/tests/bench/bench_longsession

#include "common/processinfo.h"
#include "core/cliplibrary.h"
#include "core/mlcontroller.h"
#include "core/playbackcontroller.h"
#include "core/resourcepaths.h"
#include "render/scenerenderer.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QSurfaceFormat>
#include <QThread>

#include "benchmain.h"

#include <benchmark/benchmark.h>

#include <fstream>
#include <vector>

namespace {

// Runs the event loop until `done` holds or `ms` pass (no Qt Test in the benchmark build).
template<class F>
bool waitFor(F done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return done();
}

void spin(int ms)
{
    waitFor([] { return false; }, ms);
}

void BM_PlayAndCaption(benchmark::State &state)
{
    const double seconds = qEnvironmentVariableIsEmpty("GM_LONG_SESSION_SECONDS")
                               ? 600.0
                               : qEnvironmentVariable("GM_LONG_SESSION_SECONDS").toDouble();
    const std::string folder
        = qEnvironmentVariableIsEmpty("GM_BENCH_DIR") ? "/tmp" : qEnvironmentVariable("GM_BENCH_DIR").toStdString();
    for (auto _ : state) {
        gm::ui::MainWindow window;
        window.show();
        if (!waitFor([&] { return window.isVisible() && window.ml().hasModel(); }, 60000)) {
            state.SkipWithError("the window or the model did not come up");
            return;
        }
        window.openFiles({gm::app::demoClipPath()}, true);
        if (!waitFor([&] { return window.library().count() > 0; }, 30000)) {
            state.SkipWithError("the demo clip did not open");
            return;
        }
        window.playback().setLoop(true);
        window.playback().play();
        const int clip = window.library().active()->id;
        waitFor([&] { return window.ml().analysis(clip) != nullptr; }, 60000);
        const int tokens = window.ml().analysis(clip) ? window.ml().analysis(clip)->tokenCount() : 0;

        std::vector<std::pair<double, double>> samples; // seconds, MiB
        int captions = 0;
        bool pending = false;
        QObject::connect(&window.ml(), &gm::app::MlController::captionFinished, &window, [&] {
            ++captions;
            pending = false;
        });
        const int glBefore = gm::render::SceneRenderer::liveGlObjects();
        QElapsedTimer clock;
        clock.start();
        double nextSample = 0.0;
        while (clock.elapsed() < seconds * 1000.0) {
            if (!pending && tokens > 0) {
                window.ml().caption(clip, 0, tokens - 1, {});
                pending = true;
            }
            spin(50);
            const double t = clock.elapsed() / 1000.0;
            if (t >= nextSample) {
                samples.emplace_back(t, gm::test::residentMiB());
                nextSample += 10.0;
            }
        }
        // The slope after the first minute, least squares.
        double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0, start = 0.0;
        for (const auto &[t, mib] : samples)
            if (t >= 60.0 || seconds < 120.0) {
                if (n == 0)
                    start = mib;
                n += 1;
                sx += t;
                sy += mib;
                sxx += t * t;
                sxy += t * mib;
            }
        const double slope = n > 1 ? (n * sxy - sx * sy) / (n * sxx - sx * sx) * 60.0 : 0.0;
        std::ofstream csv(folder + "/long_session.csv");
        csv << "seconds,resident_mib\n";
        for (const auto &[t, mib] : samples)
            csv << t << ',' << mib << '\n';
        state.counters["captions"] = captions;
        state.counters["rss_after_warmup_mib"] = start;
        state.counters["rss_end_mib"] = samples.empty() ? 0.0 : samples.back().second;
        state.counters["growth_mib"] = samples.empty() ? 0.0 : samples.back().second - start;
        state.counters["slope_mib_per_min"] = slope;
        state.counters["gl_objects_before"] = glBefore;
        state.counters["gl_objects_after"] = gm::render::SceneRenderer::liveGlObjects();
        window.playback().pause();
    }
}
BENCHMARK(BM_PlayAndCaption)->Unit(benchmark::kSecond)->UseRealTime()->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    QSurfaceFormat format;
    format.setVersion(3, 3);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setDepthBufferSize(24);
    format.setSamples(4);
    QSurfaceFormat::setDefaultFormat(format);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the settings of a throw-away profile
    return gm::bench::runBenchmarks(argc, argv);
}
