#include "core/projectstore.h"

#include "project/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <cstring>
#include <map>

namespace gm::app {

namespace {

QString sourceName(Segment::Source s)
{
    return s == Segment::Source::Model ? QStringLiteral("model") : QStringLiteral("human");
}

QString tierKindName(Tier::Kind k)
{
    return k == Tier::Kind::Caption ? QStringLiteral("caption") : QStringLiteral("label");
}

/// QtSql binds a null QString as SQL NULL; the text columns are NOT NULL and hold '' instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

class Query
{
public:
    Query(const QString &connection, const QString &path, const QString &sql)
        : mQuery(QSqlDatabase::database(connection, false))
        , mPath(path)
    {
        if (!mQuery.prepare(sql))
            fail();
    }
    Query &bind(const QVariant &value)
    {
        mQuery.addBindValue(value);
        return *this;
    }
    /// A segment's columns after its id, in kSegmentColumns' order (insert and update share it).
    Query &bindSegment(const Segment &s)
    {
        return bind(s.clipId)
            .bind(s.tierId)
            .bind(s.startFrame)
            .bind(s.endFrame)
            .bind(text(s.label))
            .bind(text(s.text))
            .bind(sourceName(s.source))
            .bind(text(s.modelId))
            .bind(text(s.author))
            .bind(timestamp(s.created))
            .bind(timestamp(s.modified));
    }
    /// Runs the statement; the result moves out (the Query is a temporary in a chain).
    QSqlQuery run()
    {
        if (!mQuery.exec())
            fail();
        return std::move(mQuery);
    }

private:
    [[noreturn]] void fail() const
    {
        throw ProjectError(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(mPath), mQuery.lastError().text()));
    }
    QSqlQuery mQuery;
    QString mPath;
};

/// One transaction: committed by commit(), rolled back when left by an exception.
class Transaction
{
public:
    Transaction(const QString &connection, const QString &path)
        : mDb(QSqlDatabase::database(connection, false))
        , mPath(path)
    {
        if (!mDb.transaction())
            throw ProjectError(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), mDb.lastError().text()));
    }
    ~Transaction()
    {
        if (!mDone)
            mDb.rollback();
    }
    void commit()
    {
        if (!mDb.commit())
            throw ProjectError(
                QStringLiteral("%1: could not save: %2").arg(QDir::toNativeSeparators(mPath), mDb.lastError().text()));
        mDone = true;
    }

private:
    QSqlDatabase mDb;
    QString mPath;
    bool mDone = false;
};

/// Refuses an empty or negative span before it reaches the database.
void checkSpan(const QString &path, const Segment &s)
{
    if (s.endFrame <= s.startFrame || s.startFrame < 0)
        throw ProjectError(QObject::tr("%1: a segment must end after it starts (frames %2 to %3)")
                               .arg(QDir::toNativeSeparators(path))
                               .arg(s.startFrame)
                               .arg(s.endFrame));
}

Segment readSegment(const QSqlQuery &q)
{
    Segment s;
    s.id = q.value(0).toLongLong();
    s.clipId = q.value(1).toLongLong();
    s.tierId = q.value(2).toLongLong();
    s.startFrame = q.value(3).toInt();
    s.endFrame = q.value(4).toInt();
    s.label = q.value(5).toString();
    s.text = q.value(6).toString();
    s.source = q.value(7).toString() == QLatin1String("model") ? Segment::Source::Model : Segment::Source::Human;
    s.modelId = q.value(8).toString();
    s.author = q.value(9).toString();
    s.created = parseTime(q.value(10).toString());
    s.modified = parseTime(q.value(11).toString());
    return s;
}

const char *const kSegmentColumns
    = "id, clip, tier, start_frame, end_frame, label, text, source, model, author, created, modified";

ProjectClip readClip(const QSqlQuery &q)
{
    ProjectClip c;
    c.id = q.value(0).toLongLong();
    c.path = q.value(1).toString();
    c.sha256 = q.value(2).toByteArray();
    c.size = q.value(3).toLongLong();
    c.fps = q.value(4).toDouble();
    c.frames = q.value(5).toInt();
    return c;
}

} // namespace

bool Segment::operator==(const Segment &o) const
{
    return id == o.id && clipId == o.clipId && tierId == o.tierId && startFrame == o.startFrame
           && endFrame == o.endFrame && label == o.label && text == o.text && source == o.source && modelId == o.modelId
           && author == o.author && created == o.created && modified == o.modified;
}

ProjectStore::ProjectStore(QString path, QString connection)
    : mPath(std::move(path))
    , mConnection(std::move(connection))
{}

ProjectStore::~ProjectStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(mConnection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(mConnection);
}

std::unique_ptr<ProjectStore> ProjectStore::create(const QString &path)
{
    if (QFileInfo::exists(path))
        throw ProjectError(
            QObject::tr("%1 already exists: choose another name, or open it").arg(QDir::toNativeSeparators(path)));
    return connect(path, true);
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        throw ProjectError(QObject::tr("%1: no such project file").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        throw ProjectError(QObject::tr("%1: cannot be read: %2").arg(name, file.errorString()));
    // Before SQLite sees it: a file that is not a database at all is refused here, untouched.
    const QByteArray head = file.read(16);
    if (head != QByteArray("SQLite format 3\0", 16))
        throw ProjectError(QObject::tr("%1 is not a GeoMotion project (not an SQLite database)").arg(name));
    return connect(path, false);
}

std::unique_ptr<ProjectStore> ProjectStore::connect(const QString &path, bool create)
{
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("gm-project-%1").arg(++counter);
    const QString name = QDir::toNativeSeparators(path);
    std::unique_ptr<ProjectStore> store;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        store.reset(new ProjectStore(path, connection)); // removes the connection on every exit
        if (!db.open())
            throw ProjectError(QObject::tr("%1 cannot be opened: %2").arg(name, db.lastError().text()));
    }
    auto pragma = [&](const QString &sql) {
        QSqlQuery q(QSqlDatabase::database(connection, false));
        if (!q.exec(sql))
            throw ProjectError(QObject::tr("%1: %2").arg(name, q.lastError().text()));
        return q.next() ? q.value(0) : QVariant();
    };
    if (!create) {
        // Read-only checks first: another program's database is never written to.
        QVariant id;
        try {
            id = pragma(QStringLiteral("PRAGMA application_id"));
        } catch (const ProjectError &) {
            throw ProjectError(
                QObject::tr("%1 is not a GeoMotion project (a damaged or encrypted SQLite file)").arg(name));
        }
        if (id.toInt() != kApplicationId)
            throw ProjectError(
                QObject::tr("%1 is not a GeoMotion project (an SQLite database of another program)").arg(name));
        const int version = pragma(QStringLiteral("PRAGMA user_version")).toInt();
        if (version < 0) // no build ever wrote one (found by fuzz_project: it was "migrated" and changed)
            throw ProjectError(
                QObject::tr("%1 is damaged (project schema %2); it was not changed").arg(name).arg(version));
        if (version > kSchemaVersion)
            throw ProjectError(QObject::tr("%1 was made by a newer GeoMotion Studio (project schema %2; this one reads "
                                           "up to %3): update to open it")
                                   .arg(name)
                                   .arg(version)
                                   .arg(kSchemaVersion));
        const QString check = pragma(QStringLiteral("PRAGMA quick_check")).toString();
        if (check != QLatin1String("ok"))
            throw ProjectError(QObject::tr("%1 is damaged (%2); it was not changed").arg(name, check));
        // An older schema is brought up first, in one transaction: if that fails (a version-0 file
        // that already has tables — found by fuzz_project) it is rolled back and the file is as it
        // was; only then is the journal switched to WAL, which writes the header.
        if (version < kSchemaVersion) {
            try {
                store->migrate(version);
            } catch (const ProjectError &e) {
                throw ProjectError(QObject::tr("%1 cannot be brought up to project schema %2 (%3); it was not changed")
                                       .arg(name)
                                       .arg(kSchemaVersion)
                                       .arg(e.message()));
            }
        }
        pragma(QStringLiteral("PRAGMA journal_mode = WAL"));
        pragma(QStringLiteral("PRAGMA synchronous = FULL"));
        pragma(QStringLiteral("PRAGMA foreign_keys = ON"));
        return store;
    }
    pragma(QStringLiteral("PRAGMA journal_mode = WAL"));
    pragma(QStringLiteral("PRAGMA synchronous = FULL"));
    pragma(QStringLiteral("PRAGMA foreign_keys = ON"));
    store->migrate(0);
    return store;
}

void ProjectStore::migrate(int from)
{
    Transaction t(mConnection, mPath);
    if (from < 1) {
        for (const char *sql : project::kSchemaV1)
            Query(mConnection, mPath, QString::fromLatin1(sql)).run();
        Query(mConnection, mPath, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)).run();
    }
    // Later versions add their steps here, each guarded by `from < N`.
    Query(mConnection, mPath, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)).run();
    t.commit();
}

// --- clips ------------------------------------------------------------------------------------

QByteArray ProjectStore::hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ProjectError(
            QObject::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        throw ProjectError(QObject::tr("%1 cannot be read to the end").arg(QDir::toNativeSeparators(path)));
    return hash.result().toHex();
}

qint64 ProjectStore::addClip(ProjectClip clip)
{
    Transaction t(mConnection, mPath);
    QSqlQuery found = Query(mConnection, mPath, QStringLiteral("SELECT id, path FROM clips WHERE sha256 = ?"))
                          .bind(QString::fromLatin1(clip.sha256))
                          .run();
    if (found.next()) {
        const qint64 id = found.value(0).toLongLong();
        if (found.value(1).toString() != clip.path)
            Query(mConnection, mPath, QStringLiteral("UPDATE clips SET path = ? WHERE id = ?"))
                .bind(clip.path)
                .bind(id)
                .run();
        t.commit();
        return id;
    }
    QSqlQuery q = Query(mConnection, mPath,
                        QStringLiteral("INSERT INTO clips (path, sha256, size, fps, frames) VALUES (?, ?, ?, ?, ?)"))
                      .bind(clip.path)
                      .bind(QString::fromLatin1(clip.sha256))
                      .bind(clip.size)
                      .bind(clip.fps)
                      .bind(clip.frames)
                      .run();
    const qint64 id = q.lastInsertId().toLongLong();
    t.commit();
    return id;
}

std::vector<ProjectClip> ProjectStore::clips() const
{
    std::vector<ProjectClip> out;
    QSqlQuery q
        = Query(mConnection, mPath, QStringLiteral("SELECT id, path, sha256, size, fps, frames FROM clips ORDER BY id"))
              .run();
    while (q.next())
        out.push_back(readClip(q));
    return out;
}

std::optional<ProjectClip> ProjectStore::clip(qint64 id) const
{
    QSqlQuery q = Query(mConnection, mPath,
                        QStringLiteral("SELECT id, path, sha256, size, fps, frames FROM clips WHERE id = ?"))
                      .bind(id)
                      .run();
    if (!q.next())
        return std::nullopt;
    return readClip(q);
}

void ProjectStore::setClipPath(qint64 id, const QString &path)
{
    Query(mConnection, mPath, QStringLiteral("UPDATE clips SET path = ? WHERE id = ?")).bind(path).bind(id).run();
}

std::vector<ProjectClip> ProjectStore::missingClips() const
{
    std::vector<ProjectClip> out;
    for (const ProjectClip &c : clips())
        if (!QFileInfo(c.path).isFile())
            out.push_back(c);
    return out;
}

int ProjectStore::relocateMissing(const QString &folder)
{
    std::multimap<qint64, ProjectClip> bySize;
    for (const ProjectClip &c : missingClips())
        bySize.emplace(c.size, c);
    int found = 0;
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext() && !bySize.empty()) {
        const QFileInfo file(it.next());
        const auto range = bySize.equal_range(file.size());
        if (range.first == range.second)
            continue;
        QByteArray hash;
        try {
            hash = hashFile(file.filePath());
        } catch (const ProjectError &) {
            continue;
        }
        for (auto c = range.first; c != range.second; ++c)
            if (c->second.sha256 == hash) {
                setClipPath(c->second.id, file.absoluteFilePath());
                bySize.erase(c);
                ++found;
                break;
            }
    }
    return found;
}

// --- tiers and labels -------------------------------------------------------------------------

qint64 ProjectStore::addTier(Tier tier)
{
    QSqlQuery q = Query(mConnection, mPath, QStringLiteral("INSERT INTO tiers (name, kind, position) VALUES (?, ?, ?)"))
                      .bind(tier.name)
                      .bind(tierKindName(tier.kind))
                      .bind(tier.position)
                      .run();
    return q.lastInsertId().toLongLong();
}

std::vector<Tier> ProjectStore::tiers() const
{
    std::vector<Tier> out;
    QSqlQuery q
        = Query(mConnection, mPath, QStringLiteral("SELECT id, name, kind, position FROM tiers ORDER BY position, id"))
              .run();
    while (q.next()) {
        Tier t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.kind = q.value(2).toString() == QLatin1String("caption") ? Tier::Kind::Caption : Tier::Kind::Label;
        t.position = q.value(3).toInt();
        out.push_back(t);
    }
    return out;
}

void ProjectStore::setLabelColor(const QString &name, const QString &color)
{
    Query(mConnection, mPath,
          QStringLiteral("INSERT INTO labels (name, color) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET color = "
                         "excluded.color"))
        .bind(name)
        .bind(color)
        .run();
}

std::vector<LabelEntry> ProjectStore::labels() const
{
    std::vector<LabelEntry> out;
    QSqlQuery q = Query(mConnection, mPath, QStringLiteral("SELECT name, color FROM labels ORDER BY name")).run();
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString()});
    return out;
}

// --- segments ---------------------------------------------------------------------------------

void ProjectStore::insertSegment(Segment &s)
{
    checkSpan(mPath, s);
    QSqlQuery q = Query(mConnection, mPath,
                        QStringLiteral("INSERT INTO segments (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .arg(QLatin1String(kSegmentColumns)))
                      .bind(s.id > 0 ? QVariant(s.id) : QVariant())
                      .bindSegment(s)
                      .run();
    if (s.id <= 0)
        s.id = q.lastInsertId().toLongLong();
}

void ProjectStore::updateSegment(const Segment &s)
{
    checkSpan(mPath, s);
    QSqlQuery q = Query(mConnection, mPath,
                        QStringLiteral("UPDATE segments SET clip = ?, tier = ?, start_frame = ?, end_frame = ?, label "
                                       "= ?, text = ?, source = ?, model = ?, author = ?, created = ?, modified = ? "
                                       "WHERE id = ?"))
                      .bindSegment(s)
                      .bind(s.id)
                      .run();
    if (q.numRowsAffected() != 1)
        throw ProjectError(QObject::tr("%1: no segment %2").arg(QDir::toNativeSeparators(mPath)).arg(s.id));
}

void ProjectStore::removeSegment(qint64 id)
{
    Query(mConnection, mPath, QStringLiteral("DELETE FROM segments WHERE id = ?")).bind(id).run();
}

std::optional<Segment> ProjectStore::segment(qint64 id) const
{
    QSqlQuery q = Query(mConnection, mPath,
                        QStringLiteral("SELECT %1 FROM segments WHERE id = ?").arg(QLatin1String(kSegmentColumns)))
                      .bind(id)
                      .run();
    if (!q.next())
        return std::nullopt;
    return readSegment(q);
}

std::vector<Segment> ProjectStore::segments(qint64 clipId) const
{
    std::vector<Segment> out;
    QSqlQuery q = Query(mConnection, mPath,
                        QStringLiteral("SELECT %1 FROM segments WHERE clip = ? ORDER BY tier, start_frame, id")
                            .arg(QLatin1String(kSegmentColumns)))
                      .bind(clipId)
                      .run();
    while (q.next())
        out.push_back(readSegment(q));
    return out;
}

int ProjectStore::segmentCount(qint64 clipId) const
{
    QSqlQuery q
        = Query(mConnection, mPath, QStringLiteral("SELECT COUNT(*) FROM segments WHERE clip = ?")).bind(clipId).run();
    return q.next() ? q.value(0).toInt() : 0;
}

std::map<QString, int> ProjectStore::segmentCountsByPath() const
{
    std::map<QString, int> out;
    QSqlQuery q = Query(mConnection, mPath,
                        QStringLiteral("SELECT clips.path, COUNT(segments.id) FROM clips LEFT JOIN segments ON "
                                       "segments.clip = clips.id GROUP BY clips.id"))
                      .run();
    while (q.next())
        out[q.value(0).toString()] = q.value(1).toInt();
    return out;
}

// --- model output -----------------------------------------------------------------------------

qint64 ProjectStore::addSuggestion(CaptionSuggestion s)
{
    QSqlQuery q = Query(mConnection, mPath,
                        QStringLiteral("INSERT INTO suggestions (clip, start_frame, end_frame, text, log_probability, "
                                       "model, created) VALUES (?, ?, ?, ?, ?, ?, ?)"))
                      .bind(s.clipId)
                      .bind(s.startFrame)
                      .bind(s.endFrame)
                      .bind(text(s.text))
                      .bind(s.logProbability)
                      .bind(text(s.modelId))
                      .bind(timestamp(s.created.isValid() ? s.created : QDateTime::currentDateTimeUtc()))
                      .run();
    return q.lastInsertId().toLongLong();
}

std::vector<CaptionSuggestion> ProjectStore::suggestions(qint64 clipId) const
{
    std::vector<CaptionSuggestion> out;
    QSqlQuery q = Query(mConnection, mPath,
                        QStringLiteral("SELECT id, clip, start_frame, end_frame, text, log_probability, model, created "
                                       "FROM suggestions WHERE clip = ? ORDER BY id"))
                      .bind(clipId)
                      .run();
    while (q.next()) {
        CaptionSuggestion s;
        s.id = q.value(0).toLongLong();
        s.clipId = q.value(1).toLongLong();
        s.startFrame = q.value(2).toInt();
        s.endFrame = q.value(3).toInt();
        s.text = q.value(4).toString();
        s.logProbability = q.value(5).toDouble();
        s.modelId = q.value(6).toString();
        s.created = parseTime(q.value(7).toString());
        out.push_back(s);
    }
    return out;
}

void ProjectStore::cacheTokens(qint64 clipId, const QString &modelHash, const std::vector<std::int64_t> &tokens)
{
    QByteArray blob(int(tokens.size() * sizeof(std::int64_t)), Qt::Uninitialized);
    if (!tokens.empty())
        std::memcpy(blob.data(), tokens.data(), std::size_t(blob.size()));
    Query(mConnection, mPath,
          QStringLiteral("INSERT OR REPLACE INTO token_cache (clip, model_hash, tokens) VALUES (?, ?, ?)"))
        .bind(clipId)
        .bind(modelHash)
        .bind(blob)
        .run();
}

std::optional<std::vector<std::int64_t>> ProjectStore::cachedTokens(qint64 clipId, const QString &modelHash) const
{
    QSqlQuery q
        = Query(mConnection, mPath, QStringLiteral("SELECT tokens FROM token_cache WHERE clip = ? AND model_hash = ?"))
              .bind(clipId)
              .bind(modelHash)
              .run();
    if (!q.next())
        return std::nullopt;
    const QByteArray blob = q.value(0).toByteArray();
    if (blob.size() % int(sizeof(std::int64_t)) != 0)
        return std::nullopt; // a damaged entry is a cache miss
    std::vector<std::int64_t> tokens(std::size_t(blob.size()) / sizeof(std::int64_t));
    if (!tokens.empty())
        std::memcpy(tokens.data(), blob.constData(), std::size_t(blob.size()));
    return tokens;
}

void ProjectStore::begin()
{
    QSqlDatabase db = QSqlDatabase::database(mConnection, false);
    if (!db.transaction())
        throw ProjectError(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(mPath), db.lastError().text()));
}

void ProjectStore::commit()
{
    QSqlDatabase db = QSqlDatabase::database(mConnection, false);
    if (!db.commit())
        throw ProjectError(
            QObject::tr("%1: could not save: %2").arg(QDir::toNativeSeparators(mPath), db.lastError().text()));
}

void ProjectStore::rollback()
{
    QSqlDatabase::database(mConnection, false).rollback();
}

QString ProjectStore::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q = Query(mConnection, mPath, QStringLiteral("SELECT value FROM settings WHERE key = ?")).bind(key).run();
    return q.next() ? q.value(0).toString() : fallback;
}

void ProjectStore::setSetting(const QString &key, const QString &value)
{
    Query(mConnection, mPath, QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"))
        .bind(key)
        .bind(value)
        .run();
}

} // namespace gm::app
