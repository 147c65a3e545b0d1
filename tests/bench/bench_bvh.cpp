// BVH load time: our reader against Assimp's BVH importer, on the long CMU take bvh/cmu/01_03.bvh
// (4,511 frames, 3.4 MB) and on a one-hour 120 fps take generated at start-up by repeating 01_03's
// frames (432,000 frames, ~330 MB). Both sides produce global joint positions for every frame:
// ours through BvhReader::read (parse + forward kinematics into the clip), Assimp's through
// ReadFile plus a walk of its animation channels down the node tree (checked once: the two give
// the same positions on 01_03 within 2e-5 units).
//
// Targets: ≥ 100 MB/s (bytes_per_second) for our reader, and ≥ 5× Assimp on the same file.
// Run: build/bench/tests/bench/bench_bvh [--benchmark_filter=...]

#include "io/bvhreader.h"

#include <assimp/Importer.hpp>
#include <assimp/scene.h>

#include "benchmain.h"

#include <benchmark/benchmark.h>

#include <glm/glm.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::string gLongTake; // bvh/cmu/01_03.bvh
std::string gOneHour;  // generated
std::string gLongText; // 01_03 in memory, for the parse-only benchmark
std::string gOneHourText;

std::string readAll(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// The header of `text` with "Frames:" set to `frames`, then its motion lines repeated to fill them.
std::string repeatedTake(const std::string &text, long frames)
{
    const std::size_t framesAt = text.find("Frames:");
    const std::size_t frameTimeAt = text.find("Frame Time:", framesAt);
    if (framesAt == std::string::npos || frameTimeAt == std::string::npos)
        throw std::runtime_error("not a BVH take");
    const std::size_t dataAt = text.find('\n', frameTimeAt) + 1;
    std::vector<std::string> lines;
    std::istringstream motion(text.substr(dataAt));
    for (std::string line; std::getline(motion, line);)
        if (line.find_first_not_of(" \t\r") != std::string::npos)
            lines.push_back(line + '\n');
    std::string out = text.substr(0, framesAt) + "Frames: " + std::to_string(frames) + "\n"
                      + text.substr(frameTimeAt, dataAt - frameTimeAt);
    out.reserve(out.size() + std::size_t(frames) * (lines.front().size() + 8));
    for (long f = 0; f < frames; ++f)
        out += lines[std::size_t(f) % lines.size()];
    return out;
}

/// Assimp's BVH import, then global positions of every joint at every frame from its channels.
std::vector<glm::vec3> assimpGlobalPositions(const std::string &path)
{
    Assimp::Importer importer;
    const aiScene *scene = importer.ReadFile(path, 0);
    if (!scene || scene->mNumAnimations == 0)
        throw std::runtime_error(std::string("Assimp: ") + importer.GetErrorString());
    const aiAnimation *animation = scene->mAnimations[0];

    // Joints in depth-first order with their channel and parent.
    struct Node
    {
        const aiNodeAnim *channel;
        int parent;
    };
    std::vector<Node> nodes;
    std::vector<std::pair<const aiNode *, int>> stack{{scene->mRootNode, -1}};
    while (!stack.empty()) {
        const auto [node, parent] = stack.back();
        stack.pop_back();
        const aiNodeAnim *channel = nullptr;
        for (unsigned c = 0; c < animation->mNumChannels && !channel; ++c)
            if (animation->mChannels[c]->mNodeName == node->mName)
                channel = animation->mChannels[c];
        int index = parent;
        if (channel) {
            index = int(nodes.size());
            nodes.push_back({channel, parent});
        }
        for (unsigned i = node->mNumChildren; i-- > 0;)
            stack.push_back({node->mChildren[i], index});
    }
    unsigned frames = 0;
    for (const Node &n : nodes)
        frames = std::max({frames, n.channel->mNumPositionKeys, n.channel->mNumRotationKeys});

    std::vector<glm::vec3> positions(std::size_t(frames) * nodes.size());
    std::vector<aiQuaternion> rotation(nodes.size());
    std::vector<aiVector3D> position(nodes.size());
    for (unsigned f = 0; f < frames; ++f)
        for (std::size_t j = 0; j < nodes.size(); ++j) {
            const aiNodeAnim *c = nodes[j].channel;
            const aiQuaternion local = c->mRotationKeys[std::min(f, c->mNumRotationKeys - 1)].mValue;
            const aiVector3D offset = c->mPositionKeys[std::min(f, c->mNumPositionKeys - 1)].mValue;
            const int p = nodes[j].parent;
            if (p < 0) {
                rotation[j] = local;
                position[j] = offset;
            } else {
                rotation[j] = rotation[std::size_t(p)] * local;
                position[j] = position[std::size_t(p)] + rotation[std::size_t(p)].Rotate(offset);
            }
            positions[std::size_t(f) * nodes.size() + j] = glm::vec3(position[j].x, position[j].y, position[j].z);
        }
    return positions;
}

/// The one-hour take, written to a temporary file the first time a benchmark needs it.
void makeOneHourTake()
{
    if (!gOneHour.empty())
        return;
    gOneHourText = repeatedTake(gLongText, 3600L * 120L);
    gOneHour = (fs::temp_directory_path() / ("gm_bench_bvh_1h_" + std::to_string(::getpid()) + ".bvh")).string();
    std::ofstream out(gOneHour, std::ios::binary);
    out.write(gOneHourText.data(), std::streamsize(gOneHourText.size()));
    if (!out)
        throw std::runtime_error("cannot write " + gOneHour);
}

void BM_OursRead(benchmark::State &state, const std::string *path)
{
    const auto bytes = std::int64_t(fs::file_size(*path));
    for (auto _ : state) {
        gm::motion::MotionClip clip = gm::motion::BvhReader().read(*path);
        benchmark::DoNotOptimize(clip.globalPositions().data());
    }
    state.SetBytesProcessed(state.iterations() * bytes);
}

void BM_OursParseFromMemory(benchmark::State &state, const std::string *text)
{
    for (auto _ : state) {
        gm::motion::MotionClip clip = gm::motion::BvhReader::parse(*text, "memory.bvh");
        benchmark::DoNotOptimize(clip.globalPositions().data());
    }
    state.SetBytesProcessed(state.iterations() * std::int64_t(text->size()));
}

void BM_AssimpRead(benchmark::State &state, const std::string *path)
{
    const auto bytes = std::int64_t(fs::file_size(*path));
    for (auto _ : state) {
        std::vector<glm::vec3> positions = assimpGlobalPositions(*path);
        benchmark::DoNotOptimize(positions.data());
    }
    state.SetBytesProcessed(state.iterations() * bytes);
}

} // namespace

int main(int argc, char **argv)
{
    gLongTake = std::string(GM_TEST_DATA_DIR) + "/bvh/cmu/01_03.bvh";
    if (!fs::exists(gLongTake)) {
        std::fprintf(stderr, "bench_bvh: %s is missing (shared test data)\n", gLongTake.c_str());
        return 1;
    }
    gLongText = readAll(gLongTake);
    // One hour at 120 fps (432,000 frames), generated only when a one-hour benchmark runs.
    const auto oneHour = [](auto benchmark) {
        return [benchmark](benchmark::State &state, const std::string *value) {
            try {
                makeOneHourTake();
            } catch (const std::exception &e) {
                state.SkipWithError(e.what());
                return;
            }
            benchmark(state, value);
        };
    };

    benchmark::RegisterBenchmark("BvhRead/ours/01_03", BM_OursRead, &gLongTake)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BvhRead/assimp/01_03", BM_AssimpRead, &gLongTake)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BvhParseFromMemory/ours/01_03", BM_OursParseFromMemory, &gLongText)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BvhRead/ours/one_hour", oneHour(BM_OursRead), &gOneHour)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(3);
    benchmark::RegisterBenchmark("BvhRead/assimp/one_hour", oneHour(BM_AssimpRead), &gOneHour)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1);
    benchmark::RegisterBenchmark("BvhParseFromMemory/ours/one_hour", oneHour(BM_OursParseFromMemory), &gOneHourText)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(3);

    const int status = gm::bench::runBenchmarks(argc, argv);
    if (!gOneHour.empty()) {
        std::error_code ignored;
        fs::remove(gOneHour, ignored);
    }
    return status;
}
