#include "io/motionreader.h"

#include "io/amassreader.h"
#include "io/assimpreader.h"
#include "io/bvhreader.h"
#include "io/fileutil.h"
#include "io/humanml3dreader.h"

#include <algorithm>
#include <set>

namespace gm::motion {

const FormatRegistry &FormatRegistry::builtin()
{
    static const FormatRegistry registry = [] {
        FormatRegistry r;
        r.add(std::make_unique<BvhReader>());
        r.add(std::make_unique<HumanMl3dReader>());
        r.add(std::make_unique<AmassReader>());
        r.add(std::make_unique<AssimpReader>(AssimpReader::Format::Fbx));
        r.add(std::make_unique<AssimpReader>(AssimpReader::Format::Gltf));
        r.add(std::make_unique<AssimpReader>(AssimpReader::Format::Collada));
        return r;
    }();
    return registry;
}

void FormatRegistry::add(std::unique_ptr<MotionReader> reader)
{
    mReaders.push_back(std::move(reader));
}

const MotionReader *FormatRegistry::readerFor(const std::string &path) const
{
    const std::string head = readFileHead(path);
    const std::string ext = fileExtension(path);
    for (const auto &reader : mReaders) {
        const auto exts = reader->extensions();
        if (std::find(exts.begin(), exts.end(), ext) != exts.end() && reader->canRead(head))
            return reader.get();
    }
    for (const auto &reader : mReaders)
        if (reader->canRead(head))
            return reader.get();
    // Content no reader recognises (empty, truncated, corrupt) but a known extension: that reader
    // names the problem better than "not a motion file".
    for (const auto &reader : mReaders) {
        const auto exts = reader->extensions();
        if (std::find(exts.begin(), exts.end(), ext) != exts.end())
            return reader.get();
    }
    return nullptr;
}

MotionClip FormatRegistry::read(const std::string &path, const ReadOptions &options) const
{
    const MotionReader *reader = readerFor(path);
    if (!reader) {
        std::string known;
        for (const auto &r : mReaders)
            known += (known.empty() ? "" : ", ") + r->name();
        throw MotionFileError(path, "not a motion file this program can read (known formats: " + known + ")");
    }
    return reader->read(path, options);
}

std::string FormatRegistry::fileDialogFilter() const
{
    std::string all;
    std::string each;
    std::set<std::string> seen;
    for (const auto &reader : mReaders) {
        std::string patterns;
        for (const std::string &ext : reader->extensions()) {
            patterns += (patterns.empty() ? "*." : " *.") + ext;
            if (seen.insert(ext).second)
                all += (all.empty() ? "*." : " *.") + ext;
        }
        each += ";;" + reader->name() + " - " + reader->description() + " (" + patterns + ')';
    }
    return "Motion files (" + all + ')' + each + ";;All files (*)";
}

} // namespace gm::motion
