#pragma once

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

struct sqlite3;

namespace gm::project {

/// A project file that cannot be read; the message names the file and the problem.
class ProjectFileError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct ClipRecord
{
    std::int64_t id = 0;
    std::string path;
    std::string sha256;
    double fps = 0.0;
    int frames = 0;
};

struct TierRecord
{
    std::int64_t id = 0;
    std::string name;
    bool caption = false; ///< a caption tier (else labels)
};

struct SegmentRecord
{
    std::int64_t id = 0;
    std::int64_t clip = 0;
    std::int64_t tier = 0;
    int startFrame = 0;
    int endFrame = 0; ///< exclusive
    std::string label;
    std::string text;
    bool fromModel = false;
    std::string model;
    std::string author;
};

/// A studio project opened read-only with SQLite's C API (no Qt): what the batch commands read.
/// Refuses files that are not GeoMotion projects or come from a newer schema, like the studio.
class ProjectFile
{
public:
    /// Throws ProjectFileError naming the file.
    static std::unique_ptr<ProjectFile> open(const std::string &path);
    ~ProjectFile();

    const std::string &path() const { return mPath; }
    std::vector<ClipRecord> clips() const;
    std::vector<TierRecord> tiers() const;
    /// Every segment, by clip, tier, start.
    std::vector<SegmentRecord> segments() const;

private:
    ProjectFile() = default;
    std::string mPath;
    ::sqlite3 *mDb = nullptr;
};

} // namespace gm::project
