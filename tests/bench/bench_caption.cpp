// Greedy captioning at the official GPT-2 size (124.8 M parameters, vocabulary 50772) on CPU:
// a 30-token prompt (20 motion codes) and 40 new tokens with the KV cache, in tokens/s, against
// the memory-bandwidth floor (every weight read once per token: 4 bytes × parameters, over the
// measured memcpy bandwidth of a 1 GiB buffer). tests/bench/bench_caption.py runs a plain
// python3-torch forward of the same model for the other comparison.
// Run: build/bench/tests/bench/bench_caption

#include "ml/captioner.h"
#include "ml/runtime.h"
#include "ml/safetensors.h"

#include "benchmain.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
fs::path gModel;

void makeModel()
{
    gModel = fs::temp_directory_path() / ("geomotion-bench-gpt2-" + std::to_string(::getpid()));
    fs::create_directories(gModel);
    const std::int64_t C = 768, V = 50772, P = 1024;
    std::vector<gm::ml::NamedTensor> tensors;
    std::mt19937 random(1);
    std::normal_distribution<float> normal(0.0f, 0.02f);
    auto add = [&](const std::string &name, std::vector<std::int64_t> shape, float constant = NAN) {
        std::int64_t n = 1;
        for (auto s : shape)
            n *= s;
        gm::ml::NamedTensor t{"language_model.transformer." + name, shape, std::vector<float>(std::size_t(n))};
        for (float &v : t.data)
            v = std::isnan(constant) ? normal(random) : constant;
        tensors.push_back(std::move(t));
    };
    add("wte.weight", {V, C});
    add("wpe.weight", {P, C});
    for (int i = 0; i < 12; ++i) {
        const std::string h = "h." + std::to_string(i) + ".";
        add(h + "ln_1.weight", {C}, 1.0f);
        add(h + "ln_1.bias", {C}, 0.0f);
        add(h + "attn.c_attn.weight", {C, 3 * C});
        add(h + "attn.c_attn.bias", {3 * C}, 0.0f);
        add(h + "attn.c_proj.weight", {C, C});
        add(h + "attn.c_proj.bias", {C}, 0.0f);
        add(h + "ln_2.weight", {C}, 1.0f);
        add(h + "ln_2.bias", {C}, 0.0f);
        add(h + "mlp.c_fc.weight", {C, 4 * C});
        add(h + "mlp.c_fc.bias", {4 * C}, 0.0f);
        add(h + "mlp.c_proj.weight", {4 * C, C});
        add(h + "mlp.c_proj.bias", {C}, 0.0f);
    }
    add("ln_f.weight", {C}, 1.0f);
    add("ln_f.bias", {C}, 0.0f);
    gm::ml::writeSafetensors((gModel / "model.safetensors").string(), tensors);
    std::ofstream(gModel / "config.json") << "{}\n"; // the official sizes are the defaults
}

double copyBytesPerSecond()
{
    std::vector<char> a(std::size_t(1) << 30, 1), b(a.size());
    std::memcpy(b.data(), a.data(), a.size()); // fault the pages in
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < 3; ++i)
        std::memcpy(b.data(), a.data(), a.size());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    benchmark::DoNotOptimize(b.data());
    return 3.0 * double(a.size()) / seconds; // bytes copied (each read once)
}

void BM_GreedyOfficial(benchmark::State &state)
{
    gm::ml::configureThreads(int(state.range(0)));
    gm::ml::CaptionerLoadOptions options;
    options.device = "cpu";
    options.tokenizerDirectory = GM_TEST_DATA_DIR "/gpt2-tokenizer";
    const auto captioner = gm::ml::Captioner::load(gModel.string(), options);
    std::vector<std::int64_t> codes;
    for (int i = 0; i < 20; ++i)
        codes.push_back((i * 37) % 512);
    gm::ml::CaptionOptions greedy;
    greedy.forbidMotionIds = true;
    std::size_t tokens = 0;
    for (auto _ : state) {
        const gm::ml::Caption c = captioner->caption(codes, greedy);
        tokens += c.ids.size();
    }
    const double weightBytes = 4.0 * double(captioner->parameters());
    const double bandwidth = copyBytesPerSecond();
    state.counters["tokens_per_s"] = benchmark::Counter(double(tokens), benchmark::Counter::kIsRate);
    state.counters["new_tokens"] = double(tokens) / double(state.iterations());
    state.counters["floor_tokens_per_s"] = bandwidth / weightBytes;
    state.counters["copy_GBps"] = bandwidth * 1e-9;
    state.counters["parameters_M"] = double(captioner->parameters()) * 1e-6;
}
BENCHMARK(BM_GreedyOfficial)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

/// 16 clips of 12 to 27 codes captioned greedily (40 new tokens each) in batches of B
/// (Captioner::captionBatch: left padding, per-row positions): clips/s against B.
void BM_BatchedOfficial(benchmark::State &state)
{
    gm::ml::configureThreads(1);
    gm::ml::CaptionerLoadOptions options;
    options.device = "cpu";
    options.tokenizerDirectory = GM_TEST_DATA_DIR "/gpt2-tokenizer";
    const auto captioner = gm::ml::Captioner::load(gModel.string(), options);
    std::vector<std::vector<std::int64_t>> clips;
    for (int c = 0; c < 16; ++c) {
        std::vector<std::int64_t> codes;
        for (int i = 0; i < 12 + c; ++i)
            codes.push_back((i * 37 + c * 11) % 512);
        clips.push_back(std::move(codes));
    }
    gm::ml::CaptionOptions greedy;
    greedy.forbidMotionIds = true;
    const std::size_t batch = std::size_t(state.range(0));
    for (auto _ : state)
        for (std::size_t first = 0; first < clips.size(); first += batch) {
            const std::vector<std::vector<std::int64_t>> part(
                clips.begin() + std::ptrdiff_t(first),
                clips.begin() + std::ptrdiff_t(std::min(first + batch, clips.size())));
            benchmark::DoNotOptimize(captioner->captionBatch(part, greedy));
        }
    state.counters["clips_per_s"]
        = benchmark::Counter(double(clips.size()) * double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_BatchedOfficial)->Arg(1)->Arg(4)->Arg(16)->Unit(benchmark::kSecond)->UseRealTime()->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    makeModel();
    const int status = gm::bench::runBenchmarks(argc, argv);
    std::error_code ignored;
    fs::remove_all(gModel, ignored);
    return status;
}
