#pragma once

// The project file's schema, shared by the studio's store (QtSql, read-write) and the Qt-free
// reader of the batch commands (SQLite's C API, read-only).

#include <cstdint>

namespace gm::project {

/// PRAGMA application_id of every GeoMotion project ('GMPJ').
constexpr std::int32_t kApplicationId = 0x474D504A;
/// PRAGMA user_version this build writes and reads.
constexpr int kSchemaVersion = 1;

/// The statements that make schema version 1.
inline constexpr const char *kSchemaV1[] = {
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE clips (id INTEGER PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, "
    "size INTEGER NOT NULL, fps REAL NOT NULL, frames INTEGER NOT NULL)",
    "CREATE TABLE tiers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL "
    "CHECK (kind IN ('label', 'caption')), position INTEGER NOT NULL)",
    "CREATE TABLE labels (name TEXT PRIMARY KEY, color TEXT NOT NULL)",
    "CREATE TABLE segments (id INTEGER PRIMARY KEY, clip INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE, "
    "tier INTEGER NOT NULL REFERENCES tiers(id) ON DELETE CASCADE, start_frame INTEGER NOT NULL, "
    "end_frame INTEGER NOT NULL, label TEXT NOT NULL, text TEXT NOT NULL, source TEXT NOT NULL "
    "CHECK (source IN ('human', 'model')), model TEXT NOT NULL, author TEXT NOT NULL, created TEXT NOT NULL, "
    "modified TEXT NOT NULL, CHECK (end_frame > start_frame AND start_frame >= 0))",
    "CREATE INDEX segments_by_clip ON segments (clip, tier, start_frame)",
    "CREATE TABLE suggestions (id INTEGER PRIMARY KEY, clip INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE, "
    "start_frame INTEGER NOT NULL, end_frame INTEGER NOT NULL, text TEXT NOT NULL, log_probability REAL NOT NULL, "
    "model TEXT NOT NULL, created TEXT NOT NULL)",
    "CREATE TABLE token_cache (clip INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE, model_hash TEXT NOT "
    "NULL, tokens BLOB NOT NULL, PRIMARY KEY (clip, model_hash))",
};

} // namespace gm::project
