// DVQ encode of a 196-frame clip at the official sizes (K = 512, width 512, 27.8 M parameters)
// on CPU, against the encoder's FLOP floor: its multiply-adds counted layer by layer, divided by
// this machine's measured float32 GEMM rate (a 1024³ matmul through the same LibTorch). The same
// architecture in python3-torch runs with tests/bench/bench_dvq.py for the other comparison.
// Run: build/bench/tests/bench/bench_dvq

#include "common/dvqspec.h"
#include "io/npy.h"
#include "ml/motiontokenizer.h"
#include "ml/runtime.h"
#include "ml/safetensors.h"

#include <ATen/ATen.h>

#include "benchmain.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>

namespace {

namespace fs = std::filesystem;

fs::path gModel;

// Multiply-adds of the encoder for T frames (spec §2.3): conv0, three stages of a stride-2
// conv plus three residual blocks, the logits conv.
double encoderMacs(int T)
{
    const double w = 512, d = 263, k = 512;
    double macs = T * d * w * 3;
    int length = T;
    for (int stage = 0; stage < 3; ++stage) {
        length /= 2;
        macs += length * w * w * 4 + 3 * length * (w * w * 3 + w * w);
    }
    return macs + length * w * k * 3;
}

double gemmFlopsPerSecond()
{
    const at::Tensor a = at::randn({1024, 1024}), b = at::randn({1024, 1024});
    at::matmul(a, b); // warm up
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < 5; ++i)
        at::matmul(a, b);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return 5.0 * 2.0 * 1024.0 * 1024.0 * 1024.0 / seconds;
}

void makeModel()
{
    gModel = fs::temp_directory_path() / ("geomotion-bench-dvq-" + std::to_string(::getpid()));
    fs::create_directories(gModel);
    const auto tensors = gm::test::randomTensors(gm::test::officialDvqTensors());
    gm::ml::writeSafetensors((gModel / "model.safetensors").string(), tensors);
    std::ofstream(gModel / "config.json") << "{}\n"; // the official sizes are the defaults
    gm::motion::writeNpy((gModel / "mean.npy").string(),
                         gm::motion::NpyArray::fromFloat32({263}, std::vector<float>(263, 0.0f)));
    gm::motion::writeNpy((gModel / "std.npy").string(),
                         gm::motion::NpyArray::fromFloat32({263}, std::vector<float>(263, 1.0f)));
}

void BM_EncodeOfficial196(benchmark::State &state)
{
    gm::ml::configureThreads(int(state.range(0)));
    const auto tokenizer = gm::ml::MotionTokenizer::load(gModel.string(), {"cpu", false});
    std::vector<float> features(196 * 263);
    std::mt19937 random(2);
    std::normal_distribution<float> normal;
    for (float &v : features)
        v = normal(random);
    for (auto _ : state) {
        const gm::ml::Tokens tokens = tokenizer->encode(features, 196);
        benchmark::DoNotOptimize(tokens.ids.data());
    }
    const double flops = 2.0 * encoderMacs(196);
    const double gemm = gemmFlopsPerSecond();
    state.counters["encoder_GFLOP"] = flops * 1e-9;
    state.counters["gemm_GFLOPs"] = gemm * 1e-9;
    state.counters["floor_ms"] = flops / gemm * 1e3;
    state.counters["achieved_GFLOPs"] = benchmark::Counter(flops * 1e-9, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_EncodeOfficial196)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

/// 32 clips of 40 to 196 frames (HumanML3D's range) encoded in batches of B through
/// MotionTokenizer::encodeBatch (padding + per-layer masks): clips/s against B.
void BM_EncodeBatchOfficial(benchmark::State &state)
{
    gm::ml::configureThreads(1);
    const auto tokenizer = gm::ml::MotionTokenizer::load(gModel.string(), {"cpu", false});
    std::mt19937 random(3);
    std::normal_distribution<float> normal;
    std::vector<std::vector<float>> clips;
    std::vector<int> frames;
    for (int c = 0; c < 32; ++c) {
        frames.push_back(40 + (c * 37) % 157);
        clips.emplace_back(std::size_t(frames.back()) * 263);
        for (float &v : clips.back())
            v = normal(random);
    }
    const std::size_t batch = std::size_t(state.range(0));
    for (auto _ : state)
        for (std::size_t first = 0; first < clips.size(); first += batch) {
            const std::size_t last = std::min(first + batch, clips.size());
            const std::vector<std::vector<float>> part(clips.begin() + std::ptrdiff_t(first),
                                                       clips.begin() + std::ptrdiff_t(last));
            const std::vector<int> lengths(frames.begin() + std::ptrdiff_t(first),
                                           frames.begin() + std::ptrdiff_t(last));
            benchmark::DoNotOptimize(tokenizer->encodeBatch(part, lengths));
        }
    state.counters["clips_per_s"]
        = benchmark::Counter(double(clips.size()) * double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_EncodeBatchOfficial)->Arg(1)->Arg(8)->Arg(32)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

} // namespace

int main(int argc, char **argv)
{
    makeModel();
    const int status = gm::bench::runBenchmarks(argc, argv);
    std::error_code ignored;
    fs::remove_all(gModel, ignored);
    return status;
}
