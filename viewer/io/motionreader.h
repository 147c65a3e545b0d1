#pragma once

#include "motion/motionclip.h"

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace gm::motion {

/// Every reader and writer error: what() is "<path>: <detail>", where the detail names the line or
/// field and what was expected, e.g. "walk.bvh: line 12: expected a number, got 'x'".
class MotionFileError : public std::runtime_error
{
public:
    MotionFileError(const std::string &path, const std::string &detail);
    const std::string &path() const { return mPath; }
    const std::string &detail() const { return mDetail; }

private:
    std::string mPath;
    std::string mDetail;
};

struct ReadOptions
{
    /// AMASS / SMPL-H: a body-model .npz (SMPL or SMPL-H, with `J_regressor`-derived joints or
    /// `J`) whose rest joints replace the built-in approximate mean skeleton.
    std::string bodyModelPath;
};

/// One motion file format. Readers are stateless and may be used from any thread.
class MotionReader
{
public:
    virtual ~MotionReader() = default;

    /// Short name, e.g. "BVH".
    virtual std::string name() const = 0;
    /// For file dialogs, e.g. "Biovision hierarchy".
    virtual std::string description() const = 0;
    /// Lower-case extensions without the dot.
    virtual std::vector<std::string> extensions() const = 0;
    /// Whether the content (the first bytes of the file, up to 4 KiB) looks like this format.
    virtual bool canRead(std::string_view head) const = 0;
    /// Reads the whole file. Throws MotionFileError.
    virtual MotionClip read(const std::string &path, const ReadOptions &options = {}) const = 0;
};

/// The readers the program knows, probed by extension and content.
class FormatRegistry
{
public:
    /// A registry with every built-in reader.
    static const FormatRegistry &builtin();

    void add(std::unique_ptr<MotionReader> reader);
    const std::vector<std::unique_ptr<MotionReader>> &readers() const { return mReaders; }

    /// The reader for this file: among the readers claiming its extension the first whose
    /// canRead() accepts the content; else any reader that accepts the content; else (content
    /// nobody recognises: empty, truncated, corrupt) the first reader claiming the extension, so
    /// that its error names the problem. Null if none.
    /// Throws MotionFileError when the file cannot be opened.
    const MotionReader *readerFor(const std::string &path) const;
    /// readerFor() + read(); throws MotionFileError naming the file when no reader takes it.
    MotionClip read(const std::string &path, const ReadOptions &options = {}) const;

    /// Qt file-dialog filter: "Motion files (*.bvh *.fbx ...);;BVH - Biovision hierarchy (*.bvh);;..."
    std::string fileDialogFilter() const;

private:
    std::vector<std::unique_ptr<MotionReader>> mReaders;
};

} // namespace gm::motion
