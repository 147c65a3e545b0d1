#pragma once

#include "project/schema.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

namespace gm::app {

/// A project file that cannot be created, opened or written; the message names the file and
/// the problem ("… is not a GeoMotion project", "… was made by a newer GeoMotion (schema 3)").
class ProjectError : public std::runtime_error
{
public:
    explicit ProjectError(const QString &message)
        : std::runtime_error(message.toStdString())
        , mMessage(message)
    {}
    QString message() const { return mMessage; }

private:
    QString mMessage;
};

/// A motion file the project annotates: found again by its content hash when it moves.
struct ProjectClip
{
    qint64 id = 0;
    QString path;
    QByteArray sha256; ///< hex
    qint64 size = 0;   ///< bytes
    double fps = 0.0;
    int frames = 0;
};

/// A row of annotation lanes: labels (a vocabulary of actions) or free-text captions.
struct Tier
{
    enum class Kind { Label, Caption };
    qint64 id = 0;
    QString name;
    Kind kind = Kind::Label;
    int position = 0;
};

/// An annotated span [startFrame, endFrame) of a clip on one tier, in the clip's own frames.
struct Segment
{
    enum class Source { Human, Model };
    qint64 id = 0;
    qint64 clipId = 0;
    qint64 tierId = 0;
    int startFrame = 0;
    int endFrame = 0; ///< exclusive, > startFrame
    QString label;
    QString text;
    Source source = Source::Human;
    QString modelId; ///< for model captions: the model that made it
    QString author;
    QDateTime created;
    QDateTime modified;

    bool operator==(const Segment &o) const;
    bool operator!=(const Segment &o) const { return !(*this == o); }
};

/// A label of the project's vocabulary and its colour.
struct LabelEntry
{
    QString name;
    QString color; ///< "#rrggbb"
};

/// A caption the model proposed for a span, kept with its log-probability.
struct CaptionSuggestion
{
    qint64 id = 0;
    qint64 clipId = 0;
    int startFrame = 0;
    int endFrame = 0;
    QString text;
    double logProbability = 0.0;
    QString modelId;
    QDateTime created;
};

/// The project file: one SQLite database through QtSql in WAL mode with full synchronisation,
/// written by every call as it is made (one transaction each), so a crash or a kill loses
/// nothing that a call returned from. A file that is not SQLite, is another program's SQLite or
/// comes from a newer schema is refused with a clear error and never written to. Older schemas
/// are migrated in place. GUI-thread only (one QSqlDatabase connection per store).
class ProjectStore
{
public:
    /// The schema this build writes (PRAGMA user_version) and the application id ('GMPJ'), as
    /// project/schema.h defines them.
    static constexpr int kSchemaVersion = project::kSchemaVersion;
    static constexpr std::int32_t kApplicationId = project::kApplicationId;

    /// A new project at `path` (which must not exist yet). Throws ProjectError.
    static std::unique_ptr<ProjectStore> create(const QString &path);
    /// An existing project. Throws ProjectError naming the file and the problem.
    static std::unique_ptr<ProjectStore> open(const QString &path);
    ~ProjectStore();

    QString path() const { return mPath; }

    // --- clips --------------------------------------------------------------------------------
    /// The hex SHA-256 of a file's content (streamed). Throws ProjectError when it can't be read.
    static QByteArray hashFile(const QString &path);
    /// Adds the clip (id assigned) or, when one with this content hash is there, returns that
    /// one's id (updating its path when the file moved).
    qint64 addClip(ProjectClip clip);
    std::vector<ProjectClip> clips() const;
    std::optional<ProjectClip> clip(qint64 id) const;
    void setClipPath(qint64 id, const QString &path);
    /// Clips whose file is no longer at its path.
    std::vector<ProjectClip> missingClips() const;
    /// Looks for missing clips' files under `folder` (by size, then content hash) and updates
    /// their paths; returns how many were found.
    int relocateMissing(const QString &folder);

    // --- tiers and labels ---------------------------------------------------------------------
    qint64 addTier(Tier tier);
    std::vector<Tier> tiers() const;
    void setLabelColor(const QString &name, const QString &color);
    std::vector<LabelEntry> labels() const;

    // --- segments -----------------------------------------------------------------------------
    /// Inserts a segment; with id 0 a new id is assigned (and written back), otherwise that id is
    /// used (undo of a removal brings the same segment back). Throws ProjectError.
    void insertSegment(Segment &segment);
    void updateSegment(const Segment &segment);
    void removeSegment(qint64 id);
    std::optional<Segment> segment(qint64 id) const;
    /// The clip's segments ordered by tier, then start.
    std::vector<Segment> segments(qint64 clipId) const;
    int segmentCount(qint64 clipId) const;
    /// Segments per clip file (absolute paths), for dataset status lists.
    std::map<QString, int> segmentCountsByPath() const;

    // --- model output -------------------------------------------------------------------------
    qint64 addSuggestion(CaptionSuggestion suggestion);
    std::vector<CaptionSuggestion> suggestions(qint64 clipId) const;
    void cacheTokens(qint64 clipId, const QString &modelHash, const std::vector<std::int64_t> &tokens);
    std::optional<std::vector<std::int64_t>> cachedTokens(qint64 clipId, const QString &modelHash) const;

    /// Several writes as one transaction: all of them land, or (rollback, or an error) none.
    void begin();
    void commit();
    void rollback();

    /// A value of the project's settings table.
    QString setting(const QString &key, const QString &fallback = {}) const;
    void setSetting(const QString &key, const QString &value);

private:
    ProjectStore(QString path, QString connection);
    static std::unique_ptr<ProjectStore> connect(const QString &path, bool create);
    void migrate(int from);
    QString mPath;
    QString mConnection;
};

} // namespace gm::app
