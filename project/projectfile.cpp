#include "project/projectfile.h"

#include "project/schema.h"

#include <sqlite3.h>

#include <cstring>
#include <fstream>

namespace gm::project {

namespace {

/// A prepared statement that finalises itself.
class Statement
{
public:
    Statement(sqlite3 *db, const std::string &path, const char *sql)
        : mPath(path)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &mStatement, nullptr) != SQLITE_OK)
            throw ProjectFileError(path + ": " + sqlite3_errmsg(db));
    }
    ~Statement() { sqlite3_finalize(mStatement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    bool step()
    {
        const int rc = sqlite3_step(mStatement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            throw ProjectFileError(mPath + ": " + sqlite3_errmsg(sqlite3_db_handle(mStatement)));
        return false;
    }
    std::int64_t integer(int column) const { return sqlite3_column_int64(mStatement, column); }
    double real(int column) const { return sqlite3_column_double(mStatement, column); }
    std::string text(int column) const
    {
        const unsigned char *t = sqlite3_column_text(mStatement, column);
        return t ? std::string(reinterpret_cast<const char *>(t), std::size_t(sqlite3_column_bytes(mStatement, column)))
                 : std::string();
    }

private:
    std::string mPath;
    sqlite3_stmt *mStatement = nullptr;
};

} // namespace

std::unique_ptr<ProjectFile> ProjectFile::open(const std::string &path)
{
    {
        std::ifstream in(path, std::ios::binary);
        if (!in)
            throw ProjectFileError(path + ": no such project file");
        char head[16] = {};
        in.read(head, 16);
        if (in.gcount() != 16 || std::memcmp(head, "SQLite format 3\0", 16) != 0)
            throw ProjectFileError(path + " is not a GeoMotion project (not an SQLite database)");
    }
    std::unique_ptr<ProjectFile> file(new ProjectFile);
    file->mPath = path;
    if (sqlite3_open_v2(path.c_str(), &file->mDb, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        throw ProjectFileError(path + " cannot be opened: " + sqlite3_errmsg(file->mDb));
    sqlite3_busy_timeout(file->mDb, 5000); // the studio may be writing it
    {
        Statement id(file->mDb, path, "PRAGMA application_id");
        if (!id.step() || id.integer(0) != kApplicationId)
            throw ProjectFileError(path + " is not a GeoMotion project (an SQLite database of another program)");
        Statement version(file->mDb, path, "PRAGMA user_version");
        const int v = version.step() ? int(version.integer(0)) : 0;
        if (v > kSchemaVersion)
            throw ProjectFileError(path + " was made by a newer GeoMotion (project schema " + std::to_string(v)
                                   + "; this one reads up to " + std::to_string(kSchemaVersion) + ")");
        if (v < 0)
            throw ProjectFileError(path + " is damaged (project schema " + std::to_string(v) + ")");
        if (v < 1)
            throw ProjectFileError(path + " is an empty GeoMotion project: open it in the studio once to set it up");
    }
    return file;
}

ProjectFile::~ProjectFile()
{
    sqlite3_close(mDb);
}

std::vector<ClipRecord> ProjectFile::clips() const
{
    std::vector<ClipRecord> out;
    Statement q(mDb, mPath, "SELECT id, path, sha256, fps, frames FROM clips ORDER BY id");
    while (q.step())
        out.push_back({q.integer(0), q.text(1), q.text(2), q.real(3), int(q.integer(4))});
    return out;
}

std::vector<TierRecord> ProjectFile::tiers() const
{
    std::vector<TierRecord> out;
    Statement q(mDb, mPath, "SELECT id, name, kind FROM tiers ORDER BY position, id");
    while (q.step())
        out.push_back({q.integer(0), q.text(1), q.text(2) == "caption"});
    return out;
}

std::vector<SegmentRecord> ProjectFile::segments() const
{
    std::vector<SegmentRecord> out;
    Statement q(mDb, mPath,
                "SELECT id, clip, tier, start_frame, end_frame, label, text, source, model, author FROM segments "
                "ORDER BY clip, tier, start_frame, id");
    while (q.step()) {
        SegmentRecord s;
        s.id = q.integer(0);
        s.clip = q.integer(1);
        s.tier = q.integer(2);
        s.startFrame = int(q.integer(3));
        s.endFrame = int(q.integer(4));
        s.label = q.text(5);
        s.text = q.text(6);
        s.fromModel = q.text(7) == "model";
        s.model = q.text(8);
        s.author = q.text(9);
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace gm::project
