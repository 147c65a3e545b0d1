#include "models/installer.h"

#include "models/http.h"
#include "models/sha256.h"

#include "ml/captioner.h"
#include "ml/motiontokenizer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <deque>
#include <fcntl.h>
#include <fstream>
#include <map>
#include <sys/file.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace gm::models {

namespace {

using Clock = std::chrono::steady_clock;

/// The files a model directory may hold besides config.json and model.safetensors, fetched from
/// a folder URL when the server has them.
const char *const kOptionalFiles[] = {"mean.npy",   "std.npy",      "Mean.npy",  "Std.npy",  "vocab.json",
                                      "merges.txt", "encoder.json", "vocab.bpe", "README.md"};

bool present(const fs::path &p)
{
    std::error_code ec;
    return fs::exists(p, ec);
}

void removeQuietly(const fs::path &p)
{
    std::error_code ec;
    fs::remove_all(p, ec);
}

std::string utcNow()
{
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

std::string megabytes(std::uint64_t bytes)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", double(bytes) / 1e6);
    return text;
}

/// The path part of a URL, without query or fragment.
std::string urlPath(const std::string &url)
{
    const auto start = url.find("://");
    const auto slash = url.find('/', start == std::string::npos ? 0 : start + 3);
    if (slash == std::string::npos)
        return "/";
    return url.substr(slash, url.find_first_of("?#", slash) - slash);
}

std::vector<std::string> splitPath(const std::string &path)
{
    std::vector<std::string> parts;
    std::size_t i = 0;
    while (i < path.size()) {
        const auto j = path.find('/', i);
        const std::string part = path.substr(i, j == std::string::npos ? std::string::npos : j - i);
        if (!part.empty())
            parts.push_back(part);
        if (j == std::string::npos)
            break;
        i = j + 1;
    }
    return parts;
}

const ManifestEntry &pickEntry(const Manifest &manifest, const InstallOptions &options, const std::string &origin)
{
    if (!options.entry.empty()) {
        if (const ManifestEntry *e = manifest.find(options.entry))
            return *e;
    } else if (manifest.models.size() == 1) {
        return manifest.models.front();
    } else if (const ManifestEntry *e = manifest.find(options.name)) {
        return *e;
    }
    std::string names;
    for (const ManifestEntry &e : manifest.models)
        names += (names.empty() ? "" : ", ") + e.name;
    throw InstallError(origin
                       + (options.entry.empty() ? " lists several models (" + names + "): choose one with --entry"
                                                : " has no model \"" + options.entry + "\" (it has " + names + ")"));
}

Manifest loadManifest(const std::string &where, const std::atomic<bool> *cancel)
{
    try {
        if (!urlScheme(where).empty())
            return parseManifest(fetchText(where, std::uint64_t(4) << 20, cancel), where);
        return readManifestFile(where);
    } catch (const HttpError &e) {
        throw InstallError(where + ": " + e.what());
    } catch (const ManifestError &e) {
        throw InstallError(e.what());
    }
}

/// An exclusive lock on root/.partial/NAME.lock for the time of an install.
class InstallLock
{
public:
    InstallLock(const fs::path &file, const std::string &name)
    {
        mFd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (mFd < 0)
            throw InstallError(file.string() + ": cannot be created (is the models folder writable?)");
        if (::flock(mFd, LOCK_EX | LOCK_NB) != 0) {
            ::close(mFd);
            throw InstallError("another install of \"" + name + "\" is running");
        }
    }
    ~InstallLock() { ::close(mFd); }
    InstallLock(const InstallLock &) = delete;
    InstallLock &operator=(const InstallLock &) = delete;

private:
    int mFd = -1;
};

/// Rate over the last seconds and the time left.
class RateMeter
{
public:
    void sample(std::uint64_t bytes)
    {
        const auto now = Clock::now();
        mSamples.emplace_back(now, bytes);
        while (mSamples.size() > 2 && now - mSamples.front().first > std::chrono::seconds(5))
            mSamples.pop_front();
    }
    double bytesPerSecond() const
    {
        if (mSamples.size() < 2)
            return 0;
        const double seconds = std::chrono::duration<double>(mSamples.back().first - mSamples.front().first).count();
        return seconds > 0.05 ? double(mSamples.back().second - mSamples.front().second) / seconds : 0;
    }

private:
    std::deque<std::pair<Clock::time_point, std::uint64_t>> mSamples;
};

class Installer
{
public:
    Installer(const InstallOptions &options, const std::function<void(const InstallProgress &)> &onProgress,
              const std::atomic<bool> *cancel)
        : mOptions(options)
        , mOnProgress(onProgress)
        , mCancel(cancel)
    {}

    InstallResult run(const std::string &source);
    /// Removes the partial folder when it holds nothing to resume from (a failure before any byte).
    void discardIfEmpty() const
    {
        if (mPartial.empty())
            return;
        std::error_code ec;
        for (fs::directory_iterator it(mPartial, ec), end; !ec && it != end; it.increment(ec))
            if (it->path().filename() != ".source" && it->is_regular_file(ec) && it->file_size(ec) > 0)
                return;
        fs::remove_all(mPartial, ec);
    }

private:
    bool cancelled() const { return mCancel && mCancel->load(); }
    void report(InstallProgress::Stage stage, const std::string &file, bool force = false);
    /// Fetches or copies one file into the partial folder; false when cancelled.
    bool fetch(const ManifestFile &file, const fs::path &partial, std::vector<std::string> &skipped);
    bool copyLocal(const ManifestFile &file, const fs::path &target);
    void complete(const fs::path &partial, const ManifestEntry &entry);
    void addShipped(const fs::path &partial, const std::string &resource, const std::string &as);

    const InstallOptions &mOptions;
    const std::function<void(const InstallProgress &)> &mOnProgress;
    const std::atomic<bool> *mCancel;
    InstallProgress mProgress;
    RateMeter mRate;
    Clock::time_point mLastReport{};
    std::uint64_t mDoneBytes = 0; ///< files finished before the current one
    InstallResult mResult;
    fs::path mPartial;                           ///< root/.partial/NAME once known
    std::map<std::string, std::string> mOrigins; ///< path → where it came from
};

void Installer::report(InstallProgress::Stage stage, const std::string &file, bool force)
{
    mProgress.stage = stage;
    mProgress.file = file;
    const auto now = Clock::now();
    mRate.sample(mProgress.bytes);
    if (!force && now - mLastReport < std::chrono::milliseconds(100))
        return;
    mLastReport = now;
    mProgress.bytesPerSecond = mRate.bytesPerSecond();
    mProgress.secondsLeft = -1;
    if (mProgress.totalBytes > 0 && mProgress.bytesPerSecond > 0 && mProgress.bytes <= mProgress.totalBytes)
        mProgress.secondsLeft = double(mProgress.totalBytes - mProgress.bytes) / mProgress.bytesPerSecond;
    if (mOnProgress)
        mOnProgress(mProgress);
}

bool Installer::copyLocal(const ManifestFile &file, const fs::path &target)
{
    std::ifstream in(file.url, std::ios::binary);
    if (!in)
        throw InstallError(file.url + ": cannot be read");
    const fs::path part = target.string() + ".part";
    std::ofstream out(part, std::ios::binary | std::ios::trunc);
    if (!out)
        throw InstallError(part.string() + ": cannot be written");
    std::vector<char> buffer(std::size_t(1) << 20);
    std::uint64_t copied = 0;
    while (in) {
        in.read(buffer.data(), std::streamsize(buffer.size()));
        const auto got = in.gcount();
        if (got <= 0)
            break;
        out.write(buffer.data(), got);
        if (!out)
            throw InstallError(part.string() + ": write failed (is the disk full?)");
        copied += std::uint64_t(got);
        mProgress.bytes = mDoneBytes + copied;
        report(InstallProgress::Stage::Fetching, file.path);
        if (cancelled())
            return false;
    }
    if (in.bad())
        throw InstallError(file.url + ": read failed");
    out.close();
    if (!out)
        throw InstallError(part.string() + ": write failed (is the disk full?)");
    std::error_code ec;
    fs::rename(part, target, ec);
    if (ec)
        throw InstallError(target.string() + ": cannot be written (" + ec.message() + ")");
    return true;
}

bool Installer::fetch(const ManifestFile &file, const fs::path &partial, std::vector<std::string> &skipped)
{
    const fs::path target = partial / file.path;
    if (present(target)) { // finished by an earlier run; verified below with the rest
        std::error_code ec;
        mDoneBytes += fs::file_size(target, ec);
        mResult.resumedBytes += fs::file_size(target, ec);
        mProgress.bytes = mDoneBytes;
        return true;
    }
    if (urlScheme(file.url).empty()) {
        if (!present(file.url)) {
            if (file.optional) {
                skipped.push_back(file.path);
                return true;
            }
            throw InstallError(file.path + ": " + file.url + " does not exist");
        }
        if (!copyLocal(file, target))
            return false;
        std::error_code ec;
        mDoneBytes += fs::file_size(target, ec);
        mResult.downloadedBytes += fs::file_size(target, ec);
        return true;
    }
    const fs::path part = target.string() + ".part";
    const fs::path state = target.string() + ".part.json";
    // What an earlier run left: resume it when it came from the same URL.
    std::string validator;
    if (std::ifstream in(state); in) {
        try {
            const nlohmann::json j = nlohmann::json::parse(in);
            if (j.value("url", "") == file.url)
                validator = j.value("validator", "");
            else
                removeQuietly(part);
        } catch (const nlohmann::json::exception &) {
            removeQuietly(part);
        }
    } else {
        removeQuietly(part); // no record of where it came from
    }
    FetchOptions fo;
    fo.resume = true;
    fo.validator = validator;
    fo.onValidator = [&](const std::string &v) {
        std::ofstream out(state, std::ios::trunc);
        out << nlohmann::json{{"url", file.url}, {"validator", v}}.dump();
    };
    FetchResult r;
    try {
        r = fetchToFile(
            file.url, part, fo,
            [&](const TransferProgress &t) {
                mProgress.bytes = mDoneBytes + t.received;
                if (mProgress.totalBytes == 0 && t.total > 0 && mProgress.fileIndex + 1 == mProgress.fileCount)
                    mProgress.totalBytes = mDoneBytes + t.total; // the last file: now the total is known
                report(InstallProgress::Stage::Fetching, file.path);
            },
            mCancel);
    } catch (const HttpError &e) {
        if (e.status() == 404 && file.optional) {
            removeQuietly(part);
            removeQuietly(state);
            skipped.push_back(file.path);
            return true;
        }
        std::error_code ec;
        const std::uint64_t kept = present(part) ? fs::file_size(part, ec) : 0;
        throw InstallError(
            file.path + ": " + e.what() + " (" + file.url + ")"
            + (kept > 0 ? "; the " + megabytes(kept) + " that arrived are kept: install again to resume" : ""));
    } catch (const std::runtime_error &e) {
        throw InstallError(file.path + ": " + e.what());
    }
    mResult.resumedBytes += r.resumedFrom;
    mResult.downloadedBytes += r.bytes - std::min(r.bytes, r.resumedFrom);
    if (r.cancelled)
        return false;
    if (file.size && r.bytes != *file.size) {
        removeQuietly(part);
        removeQuietly(state);
        throw InstallError(file.path + ": " + std::to_string(r.bytes) + " bytes arrived but the manifest says "
                           + std::to_string(*file.size) + "; the download was deleted (" + file.url + ")");
    }
    std::error_code ec;
    fs::rename(part, target, ec);
    if (ec)
        throw InstallError(target.string() + ": cannot be written (" + ec.message() + ")");
    removeQuietly(state);
    mDoneBytes += r.bytes;
    return true;
}

void Installer::addShipped(const fs::path &partial, const std::string &resource, const std::string &as)
{
    const fs::path from = shippedResource(resource);
    if (from.empty())
        throw InstallError("the project's " + resource + " is not installed (looked in $GEOMOTION_DATA_DIR, "
                           + "share/geomotion and the source tree)");
    std::error_code ec;
    fs::copy_file(from, partial / as, fs::copy_options::overwrite_existing, ec);
    if (ec)
        throw InstallError((partial / as).string() + ": cannot be written (" + ec.message() + ")");
    mOrigins[as] = "shipped: " + resource;
    mResult.added.push_back(as);
}

void Installer::complete(const fs::path &partial, const ManifestEntry &entry)
{
    (void)entry;
    const bool tokenizer = (present(partial / "vocab.json") && present(partial / "merges.txt"))
                           || (present(partial / "encoder.json") && present(partial / "vocab.bpe"));
    if (!tokenizer) {
        addShipped(partial, "model/encoder.json", "encoder.json");
        addShipped(partial, "model/vocab.bpe", "vocab.bpe");
        addShipped(partial, "model/LICENSE-gpt2-tokenizer.txt", "LICENSE-gpt2-tokenizer.txt");
    }
    const bool statistics = (present(partial / "mean.npy") && present(partial / "std.npy"))
                            || (present(partial / "Mean.npy") && present(partial / "Std.npy"));
    for (const auto &[a, b] : {std::pair<const char *, const char *>{"mean.npy", "std.npy"}, {"Mean.npy", "Std.npy"}})
        if (present(partial / a) != present(partial / b))
            throw InstallError(std::string("the source has ") + (present(partial / a) ? a : b) + " but not "
                               + (present(partial / a) ? b : a) + ": the dataset statistics come in pairs");
    if (!statistics) {
        int dim = 263;
        try {
            std::ifstream in(partial / "config.json");
            const nlohmann::json config = nlohmann::json::parse(in);
            if (config.contains("motion_input_dim") && config["motion_input_dim"].is_number_integer())
                dim = config["motion_input_dim"].get<int>();
        } catch (const nlohmann::json::exception &e) {
            throw InstallError("config.json: not JSON (" + std::string(e.what()) + ")");
        }
        if (dim != 263)
            throw InstallError("config.json: motion_input_dim is " + std::to_string(dim)
                               + ", so the model needs its own dataset's Mean.npy and Std.npy (the project ships "
                                 "HumanML3D's, 263 features): put them beside the source's files");
        addShipped(partial, "humanml3d/Mean.npy", "Mean.npy");
        addShipped(partial, "humanml3d/Std.npy", "Std.npy");
    }
}

InstallResult Installer::run(const std::string &source)
{
    const fs::path root = mOptions.root.empty() ? userModelsDirectory() : mOptions.root;
    report(InstallProgress::Stage::Resolving, {}, true);
    ResolvedSource resolved = resolveSource(source, mOptions, mCancel);
    std::error_code pathError;
    const std::string recorded = urlScheme(source).empty() && fs::exists(source, pathError)
                                     ? fs::weakly_canonical(source, pathError).string()
                                     : source;
    ManifestEntry &entry = resolved.entry;
    const std::string name = mOptions.name.empty() ? entry.name : mOptions.name;
    if (!isValidModelName(name))
        throw InstallError("\"" + name + "\" is not a model name: use 1-64 letters, digits, '.', '_' or '-'");
    const fs::path final = root / name;
    if (present(final) && !mOptions.force)
        throw InstallError(final.string() + " exists: choose another --name, or --force to replace it");
    std::error_code ec;
    fs::create_directories(root / ".partial", ec);
    if (ec)
        throw InstallError((root / ".partial").string() + ": cannot be created (" + ec.message() + ")");
    InstallLock lock(root / ".partial" / (name + ".lock"), name);
    const fs::path partial = partialDirectory(root, name);
    mResult.partialDirectory = partial;
    mPartial = partial;
    // A partial download of another source under this name is not ours to continue.
    const fs::path sourceFile = partial / ".source";
    if (std::ifstream in(sourceFile); in) {
        std::string previous;
        std::getline(in, previous);
        if (previous != recorded)
            removeQuietly(partial);
    }
    if (!mOptions.resume)
        removeQuietly(partial);
    fs::create_directories(partial, ec);
    if (ec)
        throw InstallError(partial.string() + ": cannot be created (" + ec.message() + ")");
    {
        std::ofstream out(sourceFile, std::ios::trunc);
        out << recorded << '\n';
    }

    mProgress.fileCount = int(entry.files.size());
    mProgress.totalBytes = entry.totalSize().value_or(0);
    if (const auto total = entry.totalSize()) {
        const fs::space_info space = fs::space(partial, ec);
        if (!ec && space.available < *total)
            throw InstallError(partial.string() + ": " + megabytes(space.available) + " free, the model needs "
                               + megabytes(*total));
    }
    if (resolved.kind != "directory" && urlScheme(source) == "http" && !isLoopbackHost(urlHost(source)))
        mResult.warnings.push_back(source + " is plain HTTP: the files are not encrypted in transit");

    std::vector<std::string> skipped;
    for (std::size_t i = 0; i < entry.files.size(); ++i) {
        mProgress.fileIndex = int(i);
        report(InstallProgress::Stage::Fetching, entry.files[i].path, true);
        if (!fetch(entry.files[i], partial, skipped) || cancelled()) {
            mResult.cancelled = true;
            return mResult;
        }
        mOrigins[entry.files[i].path] = entry.files[i].url;
    }
    for (const std::string &s : skipped)
        mOrigins.erase(s);
    std::string unchecked;
    for (const ManifestFile &f : entry.files)
        if (f.sha256.empty() && !urlScheme(f.url).empty()
            && std::find(skipped.begin(), skipped.end(), f.path) == skipped.end())
            unchecked += (unchecked.empty() ? "" : ", ") + f.path;
    if (!unchecked.empty())
        mResult.warnings.push_back("the source gives no SHA-256 to check " + unchecked
                                   + " against (geomotion model info shows the hashes now installed)");

    // Verify: every file's hash, checked against the manifest where it gives one.
    std::vector<InstalledFile> files;
    std::uint64_t hashed = 0;
    mProgress.bytes = 0;
    mProgress.totalBytes = mDoneBytes;
    for (const ManifestFile &f : entry.files) {
        if (std::find(skipped.begin(), skipped.end(), f.path) != skipped.end())
            continue;
        const fs::path file = partial / f.path;
        const std::function<void(std::uint64_t)> onBytes = [&](std::uint64_t done) {
            mProgress.bytes = hashed + done;
            report(InstallProgress::Stage::Verifying, f.path);
        };
        std::string hash;
        try {
            hash = sha256File(file, mCancel, &onBytes);
        } catch (const std::runtime_error &e) {
            throw InstallError(e.what());
        }
        if (cancelled()) {
            mResult.cancelled = true;
            return mResult;
        }
        const std::uint64_t size = fs::file_size(file, ec);
        hashed += size;
        if (!f.sha256.empty() && hash != f.sha256) {
            removeQuietly(file);
            throw InstallError(f.path + ": SHA-256 " + hash + " does not match the manifest's " + f.sha256
                               + "; the file was deleted (install again to fetch it anew) (" + f.url + ")");
        }
        if (f.size && size != *f.size) {
            removeQuietly(file);
            throw InstallError(f.path + ": " + std::to_string(size) + " bytes, the manifest says "
                               + std::to_string(*f.size) + "; the file was deleted");
        }
        files.push_back({f.path, size, hash, f.url});
    }
    if (!present(partial / "config.json") || !present(partial / "model.safetensors")) {
        removeQuietly(partial);
        throw InstallError(source
                           + ": not a model directory: it needs config.json and model.safetensors"
                             " (the official release's layout)");
    }

    report(InstallProgress::Stage::Completing, {}, true);
    complete(partial, entry);
    for (const std::string &added : mResult.added) {
        const fs::path file = partial / added;
        files.push_back({added, fs::file_size(file, ec), sha256File(file), mOrigins[added]});
    }

    if (mOptions.validate) {
        report(InstallProgress::Stage::Validating, "model.safetensors", true);
        try {
            ml::TokenizerLoadOptions t;
            t.device = "cpu";
            ml::MotionTokenizer::load(partial.string(), t);
            ml::CaptionerLoadOptions c;
            c.device = "cpu";
            ml::Captioner::load(partial.string(), c);
        } catch (const std::exception &e) {
            removeQuietly(partial);
            throw InstallError(std::string("the files do not make a model (nothing was installed): ") + e.what());
        }
    }

    report(InstallProgress::Stage::Installing, {}, true);
    nlohmann::json receipt{{"geomotion_install", 1},
                           {"name", name},
                           {"source", recorded},
                           {"title", entry.title},
                           {"licence", entry.licence},
                           {"citation", entry.citation},
                           {"homepage", entry.homepage},
                           {"installed_at", utcNow()},
                           {"files", nlohmann::json::array()}};
    for (const InstalledFile &f : files)
        receipt["files"].push_back({{"path", f.path}, {"size", f.size}, {"sha256", f.sha256}, {"origin", f.origin}});
    {
        std::ofstream out(partial / kReceiptName, std::ios::trunc);
        out << receipt.dump(2) << '\n';
        if (!out)
            throw InstallError((partial / kReceiptName).string() + ": cannot be written");
    }
    removeQuietly(sourceFile);
    // The rename is the install: before it nothing is listed, after it everything is there.
    const fs::path old = root / ".partial" / (".replaced-" + name + "-" + std::to_string(::getpid()));
    if (present(final)) {
        fs::rename(final, old, ec);
        if (ec)
            throw InstallError(final.string() + ": cannot be replaced (" + ec.message() + ")");
    }
    fs::rename(partial, final, ec);
    if (ec) {
        std::error_code ignored;
        if (present(old))
            fs::rename(old, final, ignored);
        throw InstallError(final.string() + ": cannot be created (" + ec.message() + ")");
    }
    removeQuietly(old);
    mResult.model = *findInstalledModel(root, name);
    return mResult;
}

} // namespace

const char *stageName(InstallProgress::Stage stage)
{
    switch (stage) {
    case InstallProgress::Stage::Resolving: return "resolving";
    case InstallProgress::Stage::Fetching: return "fetching";
    case InstallProgress::Stage::Verifying: return "verifying";
    case InstallProgress::Stage::Completing: return "completing";
    case InstallProgress::Stage::Validating: return "validating";
    case InstallProgress::Stage::Installing: return "installing";
    }
    return "";
}

ResolvedSource resolveSource(const std::string &source, const InstallOptions &options, const std::atomic<bool> *cancel)
{
    ResolvedSource resolved;
    std::error_code ec;
    if (urlScheme(source).empty()) {
        const fs::path path(source);
        if (fs::is_directory(path, ec)) {
            const fs::path dir = fs::weakly_canonical(path, ec);
            resolved.kind = "directory";
            resolved.entry.name = dir.filename().string();
            for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
                const std::string file = it->path().filename().string();
                if (it->is_regular_file(ec) && isValidModelFileName(file) && file != kReceiptName)
                    resolved.entry.files.push_back({file, it->path().string(), it->file_size(ec), {}, false});
            }
            std::sort(resolved.entry.files.begin(), resolved.entry.files.end(),
                      [](const auto &a, const auto &b) { return a.path < b.path; });
            if (!fs::is_regular_file(dir / "config.json", ec))
                throw InstallError(source + ": not a model directory: no config.json");
            return resolved;
        }
        if (fs::is_regular_file(path, ec)) {
            if (path.extension() != ".json")
                throw InstallError(source + " is a file: give the model folder it is in, or a manifest (.json)");
            resolved.kind = "manifest";
            resolved.entry = pickEntry(loadManifest(source, cancel), options, source);
            return resolved;
        }
        if (!isValidModelName(source) || source.find('.') != std::string::npos)
            throw InstallError(source + ": no such file or folder");
        std::string where = options.manifest;
        if (where.empty()) {
            where = shippedResource("models/manifest.json").string();
            if (where.empty())
                throw InstallError("the project's models/manifest.json is not installed, so \"" + source
                                   + "\" cannot be looked up: give a URL or a folder");
        }
        const Manifest manifest = loadManifest(where, cancel);
        const ManifestEntry *entry = manifest.find(source);
        if (!entry) {
            std::string names;
            for (const ManifestEntry &e : manifest.models)
                names += (names.empty() ? "" : ", ") + e.name;
            throw InstallError("\"" + source + "\" is neither a file, a folder nor a model of " + where + " (" + names
                               + ")");
        }
        resolved.kind = "manifest";
        resolved.entry = *entry;
        return resolved;
    }

    const std::string path = urlPath(source);
    if (path.size() > 5 && path.compare(path.size() - 5, 5, ".json") == 0
        && path.compare(path.size() - 12 < path.size() ? path.size() - 12 : 0, 12, "/config.json") != 0) {
        resolved.kind = "manifest";
        resolved.entry = pickEntry(loadManifest(source, cancel), options, source);
        return resolved;
    }
    std::string base = source.substr(0, source.find_first_of("?#", source.find("://") + 3));
    if (base.size() > 12 && base.compare(base.size() - 12, 12, "/config.json") == 0)
        base.erase(base.size() - 11); // a URL of the config: its folder
    const std::vector<std::string> parts = splitPath(path);
    if (urlHost(source) == "huggingface.co" && parts.size() >= 2 && parts[0] != "datasets" && parts[0] != "spaces") {
        // https://huggingface.co/OWNER/REPO[/tree/REV]: the files are under /resolve/REV/.
        const std::string revision
            = parts.size() >= 4 && (parts[2] == "tree" || parts[2] == "resolve") ? parts[3] : "main";
        base = "https://huggingface.co/" + parts[0] + "/" + parts[1] + "/resolve/" + revision + "/";
        resolved.entry.name = parts[1];
        resolved.entry.homepage = "https://huggingface.co/" + parts[0] + "/" + parts[1];
    } else {
        if (base.back() != '/')
            base += '/';
        const std::vector<std::string> baseParts = splitPath(urlPath(base));
        resolved.entry.name = baseParts.empty() ? urlHost(source) : baseParts.back();
        resolved.entry.homepage = base;
    }
    if (!isValidModelName(resolved.entry.name))
        resolved.entry.name = "model";
    resolved.kind = "url";
    // The small files first, the weights last: when they start, their size gives the total.
    for (const char *optional : kOptionalFiles)
        resolved.entry.files.push_back({optional, base + optional, std::nullopt, {}, true});
    resolved.entry.files.push_back({"config.json", base + "config.json", std::nullopt, {}, false});
    resolved.entry.files.push_back({"model.safetensors", base + "model.safetensors", std::nullopt, {}, false});
    return resolved;
}

InstallResult installModel(const std::string &source, const InstallOptions &options,
                           const std::function<void(const InstallProgress &)> &onProgress,
                           const std::atomic<bool> *cancel)
{
    Installer installer(options, onProgress, cancel);
    InstallResult result;
    try {
        result = installer.run(source);
    } catch (const InstallError &) {
        installer.discardIfEmpty();
        throw;
    }
    if (result.cancelled)
        installer.discardIfEmpty();
    return result;
}

} // namespace gm::models
