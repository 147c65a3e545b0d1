#include "project/exporter.h"

#include "io/bvhwriter.h"
#include "io/fileutil.h"
#include "io/motionreader.h"
#include "io/npy.h"
#include "ml/features.h"
#include "ml/humanml3dwriter.h"
#include "ml/motiontokenizer.h"
#include "motion/retarget.h"
#include "motion/t2m.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <sstream>

namespace gm::project {

namespace fs = std::filesystem;

namespace {

struct Item
{
    std::string id;
    const ClipRecord *clip = nullptr;
    int startFrame = 0;
    int endFrame = 0;                            ///< exclusive
    std::vector<const SegmentRecord *> segments; ///< the segment, or every segment of a whole clip
};

std::string csvField(const std::string &value)
{
    if (value.find_first_of(",\"\r\n") == std::string::npos)
        return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string seconds(int frame, double fps)
{
    std::ostringstream s;
    s.precision(6);
    s << (fps > 0.0 ? frame / fps : 0.0);
    return s.str();
}

/// The caption a segment gives a HumanML3D texts line: its text, else its label.
std::string captionOf(const SegmentRecord &s)
{
    return s.text.empty() ? s.label : s.text;
}

} // namespace

ExportFormat exportFormat(const std::string &name)
{
    static const std::map<std::string, ExportFormat> kFormats = {{"humanml3d", ExportFormat::HumanMl3d},
                                                                 {"babel", ExportFormat::Babel},
                                                                 {"csv", ExportFormat::Csv},
                                                                 {"bvh", ExportFormat::Bvh},
                                                                 {"tokens", ExportFormat::Tokens}};
    const auto it = kFormats.find(name);
    if (it == kFormats.end())
        throw std::invalid_argument("unknown export format '" + name + "' (known: humanml3d, babel, csv, bvh, tokens)");
    return it->second;
}

std::string safeFileName(const std::string &name)
{
    std::string out;
    for (char c : name) {
        const bool keep
            = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        out += keep ? c : '_';
        if (out.size() >= 80)
            break;
    }
    if (out.empty())
        out = "_";
    return out;
}

ExportResult exportProject(const ProjectFile &project, const ExportOptions &o,
                           const std::function<void(int, int)> &progress, const std::atomic<bool> *cancel)
{
    if (o.shards < 1 || o.shard < 0 || o.shard >= o.shards)
        throw std::invalid_argument("export: the shard must be I/N with 0 ≤ I < N, got " + std::to_string(o.shard) + "/"
                                    + std::to_string(o.shards));
    if (o.formats.empty())
        throw std::invalid_argument("export: no format chosen");
    auto wants = [&](ExportFormat f) { return std::find(o.formats.begin(), o.formats.end(), f) != o.formats.end(); };
    const bool needsModel = wants(ExportFormat::Tokens);
    if (needsModel && o.model.empty())
        throw std::invalid_argument("export: token ids need a model (--model DIR)");

    const std::vector<ClipRecord> clips = project.clips();
    const std::vector<TierRecord> tiers = project.tiers();
    const std::vector<SegmentRecord> segments = project.segments();
    std::map<std::int64_t, const ClipRecord *> clipById;
    for (const ClipRecord &c : clips)
        clipById[c.id] = &c;
    std::map<std::int64_t, const TierRecord *> tierById;
    for (const TierRecord &t : tiers)
        tierById[t.id] = &t;

    // The items, in a fixed order (clip, segment) that every shard agrees on.
    std::vector<Item> items;
    std::map<std::string, int> usedIds;
    auto uniqueId = [&](std::string id) {
        const int n = usedIds[id]++;
        return n == 0 ? id : id + "_" + std::to_string(n);
    };
    if (o.wholeClips) {
        std::map<std::int64_t, Item> byClip;
        for (const SegmentRecord &s : segments)
            if (clipById.count(s.clip))
                byClip[s.clip].segments.push_back(&s);
        for (auto &[clipId, item] : byClip) {
            item.clip = clipById[clipId];
            item.startFrame = 0;
            item.endFrame = item.clip->frames;
            item.id = uniqueId(safeFileName(fs::path(item.clip->path).stem().string()));
            items.push_back(std::move(item));
        }
    } else {
        for (const SegmentRecord &s : segments) {
            const auto c = clipById.find(s.clip);
            if (c == clipById.end())
                continue;
            Item item;
            item.clip = c->second;
            item.startFrame = s.startFrame;
            item.endFrame = s.endFrame;
            item.segments = {&s};
            item.id = uniqueId(safeFileName(fs::path(item.clip->path).stem().string() + "_s" + std::to_string(s.id)));
            items.push_back(std::move(item));
        }
    }

    const fs::path out(o.output);
    std::error_code ec;
    fs::create_directories(out, ec);
    if (ec)
        throw std::invalid_argument("export: cannot make the folder " + o.output + ": " + ec.message());
    std::unique_ptr<ml::MotionTokenizer> tokenizer;
    if (!o.model.empty() && (needsModel || wants(ExportFormat::HumanMl3d)))
        tokenizer = ml::MotionTokenizer::load(o.model, {o.device, false});
    std::unique_ptr<ml::HumanMl3dWriter> humanml3d;
    if (wants(ExportFormat::HumanMl3d))
        humanml3d = std::make_unique<ml::HumanMl3dWriter>((out / "humanml3d").string(), true);

    ExportResult result;
    std::vector<std::string> exportedIds;
    nlohmann::json babel = nlohmann::json::object();
    std::string csv = "clip,tier,start,end,label,text,source,model\n";
    const std::string suffix
        = o.shards > 1 ? ".shard-" + std::to_string(o.shard) + "-of-" + std::to_string(o.shards) : "";
    std::map<std::int64_t, std::shared_ptr<motion::MotionClip>> loaded; // the last clip read, reused
    int done = 0, mine = 0;
    for (std::size_t i = 0; i < items.size(); ++i)
        mine += int(i % std::size_t(o.shards)) == o.shard ? 1 : 0;

    for (std::size_t i = 0; i < items.size(); ++i) {
        if (int(i % std::size_t(o.shards)) != o.shard)
            continue;
        if (cancel && cancel->load()) {
            result.cancelled = true;
            break;
        }
        const Item &item = items[i];
        try {
            // The files this item writes, checked before any is written.
            std::vector<fs::path> targets;
            if (humanml3d)
                for (const char *sub : {"new_joints", "new_joint_vecs"})
                    targets.push_back(out / "humanml3d" / sub / (item.id + ".npy"));
            if (humanml3d)
                targets.push_back(out / "humanml3d" / "texts" / (item.id + ".txt"));
            if (humanml3d && tokenizer)
                targets.push_back(out / "humanml3d" / "motion_tokens" / (item.id + ".npy"));
            if (wants(ExportFormat::Bvh))
                targets.push_back(out / "bvh" / (item.id + ".bvh"));
            if (wants(ExportFormat::Tokens))
                targets.push_back(out / "tokens" / (item.id + ".npy"));
            if (!o.overwrite)
                for (const fs::path &t : targets)
                    if (fs::exists(t, ec))
                        throw std::runtime_error(t.string() + " exists (overwrite to replace it)");
            for (const fs::path &t : targets)
                fs::create_directories(t.parent_path(), ec);

            const bool motionNeeded = humanml3d || wants(ExportFormat::Bvh) || tokenizer;
            if (motionNeeded) {
                std::shared_ptr<motion::MotionClip> clip;
                if (const auto it = loaded.find(item.clip->id); it != loaded.end()) {
                    clip = it->second;
                } else {
                    loaded.clear(); // items come clip by clip: one clip in memory at a time
                    clip
                        = std::make_shared<motion::MotionClip>(motion::FormatRegistry::builtin().read(item.clip->path));
                    loaded[item.clip->id] = clip;
                }
                const int last = std::min(item.endFrame, clip->frameCount()) - 1;
                if (last < item.startFrame)
                    throw std::runtime_error("frames " + std::to_string(item.startFrame) + "–"
                                             + std::to_string(item.endFrame) + " are outside the clip's "
                                             + std::to_string(clip->frameCount()));
                const motion::MotionClip piece = clip->trimmed(item.startFrame, last);
                if (wants(ExportFormat::Bvh)) {
                    if (piece.isPositionsOnly())
                        throw std::runtime_error("a BVH needs joint rotations, and this clip has only positions");
                    motion::writeBvh(piece, (out / "bvh" / (item.id + ".bvh")).string());
                    ++result.files;
                }
                if (humanml3d || tokenizer) {
                    const motion::MotionClip t2m = motion::retargetToT2m(piece, motion::t2m::kFps);
                    if (t2m.frameCount() < 2)
                        throw std::runtime_error("shorter than two frames at 20 fps");
                    if (humanml3d) {
                        std::vector<ml::CaptionLine> lines;
                        const double duration = (item.endFrame - item.startFrame) / item.clip->fps;
                        for (const SegmentRecord *s : item.segments) {
                            const std::string caption = captionOf(*s);
                            if (caption.empty())
                                continue;
                            // Whole clips: each segment's own span; one segment: its whole item.
                            const double a = o.wholeClips ? s->startFrame / item.clip->fps : 0.0;
                            const double b = o.wholeClips ? s->endFrame / item.clip->fps : 0.0;
                            lines.push_back({caption, a, b >= duration - 1e-9 && a == 0.0 ? 0.0 : b});
                        }
                        humanml3d->add(item.id, t2m.globalPositions(), t2m.frameCount(), lines);
                        result.files += 3;
                    }
                    if (tokenizer) {
                        const std::vector<float> features
                            = ml::computeFeatures(t2m.globalPositions(), t2m.frameCount());
                        const int rows = t2m.frameCount() - 1;
                        if (rows < tokenizer->info().downsampling)
                            throw std::runtime_error("too short to tokenize (" + std::to_string(rows)
                                                     + " frames at 20 fps)");
                        const std::vector<std::int64_t> ids = tokenizer->encode(features, rows).ids;
                        const motion::NpyArray array = motion::NpyArray::fromInt64({ids.size()}, ids);
                        if (humanml3d) {
                            motion::writeNpy((out / "humanml3d" / "motion_tokens" / (item.id + ".npy")).string(),
                                             array);
                            ++result.files;
                        }
                        if (wants(ExportFormat::Tokens)) {
                            motion::writeNpy((out / "tokens" / (item.id + ".npy")).string(), array);
                            ++result.files;
                        }
                    }
                }
            }
            for (const SegmentRecord *s : item.segments) {
                const TierRecord *tier = tierById.count(s->tier) ? tierById[s->tier] : nullptr;
                const bool caption = tier && tier->caption;
                const double fps = item.clip->fps;
                if (wants(ExportFormat::Csv))
                    csv += csvField(item.clip->path) + "," + (caption ? "caption" : "label") + ","
                           + seconds(s->startFrame, fps) + "," + seconds(s->endFrame, fps) + "," + csvField(s->label)
                           + "," + csvField(s->text) + "," + (s->fromModel ? "model" : "human") + ","
                           + csvField(s->model) + "\n";
                if (wants(ExportFormat::Babel)) {
                    const std::string key = fs::path(item.clip->path).stem().string();
                    nlohmann::json &entry = babel[key];
                    entry["feat_p"] = item.clip->path;
                    entry["dur"] = item.clip->frames / fps;
                    entry["frame_ann"]["labels"].push_back(
                        {{"seg_id", item.id + (o.wholeClips ? "_s" + std::to_string(s->id) : std::string())},
                         {"proc_label", caption ? s->text : s->label},
                         {"raw_label", s->text.empty() ? s->label : s->text},
                         {"start_t", s->startFrame / fps},
                         {"end_t", s->endFrame / fps},
                         {"act_cat", caption ? nlohmann::json::array() : nlohmann::json::array({s->label})}});
                }
            }
            exportedIds.push_back(item.id);
            ++result.items;
        } catch (const std::exception &e) {
            result.failures.push_back(item.id + ": " + e.what());
        }
        ++done;
        if (progress)
            progress(done, mine);
    }

    auto writeWhole = [&](const fs::path &path, const std::string &bytes) {
        if (!o.overwrite && fs::exists(path, ec)) {
            result.failures.push_back(path.filename().string() + ": " + path.string()
                                      + " exists (overwrite to replace it)");
            return;
        }
        motion::writeFileAtomically(path.string(), bytes);
        ++result.files;
    };
    if (wants(ExportFormat::Csv))
        writeWhole(out / ("segments" + suffix + ".csv"), csv);
    if (wants(ExportFormat::Babel))
        writeWhole(out / ("babel" + suffix + ".json"), babel.dump(2) + "\n");
    if (humanml3d && !exportedIds.empty()) {
        if (o.shards == 1) {
            humanml3d->finish({{"all", exportedIds}});
        } else {
            std::string list;
            for (const std::string &id : exportedIds)
                list += id + "\n";
            motion::writeFileAtomically((out / "humanml3d" / ("all" + suffix + ".txt")).string(), list);
        }
    }
    return result;
}

} // namespace gm::project
