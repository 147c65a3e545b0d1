// The model store (gm_models): SHA-256 against FIPS 180-4's vectors, manifests, and installing a
// model directory over HTTP from a server this test starts on 127.0.0.1 — a successful install,
// a resumed interrupted download, a file that changed on the server, a hash mismatch, a 404, a
// cancelled download, a wrong layout and a proxy from the environment — each leaving a
// consistent state: installed completely or not at all.

#include "common/gmtest.h"
#include "common/httpserver.h"

#include "ml/captioner.h"
#include "ml/motiontokenizer.h"
#include "models/http.h"
#include "models/installer.h"
#include "models/manifest.h"
#include "models/sha256.h"
#include "models/store.h"

#include <QTemporaryDir>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace gm::models;
using gm::test::HttpServer;

namespace {

std::string readAll(const fs::path &file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string sha(const std::string &bytes)
{
    Sha256 h;
    h.update(bytes);
    return h.hex();
}

const fs::path kModel = fs::path(GM_SOURCE_DIR) / "resources" / "model";

/// A manifest of the bundled model's config.json and weights served by `server` under /m/.
std::string manifestText(const HttpServer &server, const std::string &weightsSha, bool sizes = true,
                         const std::string &weightsPath = "/m/model.safetensors")
{
    const std::string config = readAll(kModel / "config.json");
    const std::string weights = readAll(kModel / "model.safetensors");
    std::ostringstream m;
    m << "{\"geomotion_manifest\": 1, \"models\": [{\"name\": \"small\", \"title\": \"the bundled model, served\",\n"
         "            \"licence\": \"GPL-3.0-or-later\", \"citation\": \"this project\", \"files\": ["
      << "{\"path\": \"config.json\", \"url\": \"" << server.url("/m/config.json") << "\", \"sha256\": \""
      << sha(config) << "\"" << (sizes ? ", \"size\": " + std::to_string(config.size()) : "") << "},"
      << "{\"path\": \"model.safetensors\", \"url\": \"" << server.url(weightsPath) << "\", \"sha256\": \""
      << weightsSha << "\"" << (sizes ? ", \"size\": " + std::to_string(weights.size()) : "") << "}]}]}";
    return m.str();
}

} // namespace

class TestModelInstall : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<HttpServer> mServer;
    std::string mWeights, mConfig;

    fs::path root() const { return fs::path(mDir->path().toStdString()) / "models"; }
    InstallOptions options() const
    {
        InstallOptions o;
        o.root = root();
        return o;
    }
    void serveManifest(const std::string &text) { mServer->add("/manifest.json", text); }
    void checkNotInstalled(const std::string &name)
    {
        QVERIFY(!findInstalledModel(root(), name));
        QVERIFY(!fs::exists(root() / name));
        for (const InstalledModel &m : listInstalledModels(root()))
            QVERIFY(m.name != name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Downloads here go to 127.0.0.1 directly, whatever proxy the machine has.
        for (const char *v : {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY",
                              "no_proxy", "NO_PROXY"})
            ::unsetenv(v);
        mWeights = readAll(kModel / "model.safetensors");
        mConfig = readAll(kModel / "config.json");
        QVERIFY(mWeights.size() > 1000000);
    }

    void init()
    {
        mDir = std::make_unique<QTemporaryDir>();
        QVERIFY(mDir->isValid());
        mServer = std::make_unique<HttpServer>();
        mServer->add("/m/config.json", mConfig);
        mServer->add("/m/model.safetensors", mWeights);
    }

    void cleanup()
    {
        mServer.reset();
        mDir.reset();
    }

    void sha256MatchesFips180Vectors()
    {
        QCOMPARE(sha(""), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(sha("abc"), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(sha("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                 std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        QCOMPARE(sha(std::string(1000000, 'a')),
                 std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
        // The same bytes in uneven pieces give the same digest.
        const std::string text(1000, 'x');
        Sha256 pieces;
        for (std::size_t i = 0; i < text.size();) {
            const std::size_t n = std::min<std::size_t>(1 + i % 97, text.size() - i);
            pieces.update(text.data() + i, n);
            i += n;
        }
        QCOMPARE(pieces.hex(), sha(text));
        // Real files: the GPT-2 tokenizer's published hashes.
        GM_REQUIRE_DATA(encoder, "gpt2-tokenizer/encoder.json");
        QCOMPARE(sha256File(encoder.toStdString()),
                 std::string("196139668be63f3b5d6574427317ae82f612a97c5d1cdaf36ed2256dbf636783"));
        QVERIFY(isSha256Hex(sha("")));
        QVERIFY(!isSha256Hex("abc"));
    }

    void manifestParsesAndResolvesUrls()
    {
        const Manifest m = parseManifest("{\"geomotion_manifest\": 1, \"models\": [\n"
                                         "                {\"name\": \"a\", \"licence\": \"MIT\", \"files\": "
                                         "[{\"path\": \"config.json\", \"url\": \"files/config.json\", \"size\": 3},\n"
                                         "                                                         {\"path\": "
                                         "\"model.safetensors\", \"url\": \"https://x.org/w\", \"sha256\": \"AB"
                                             + std::string(62, '0')
                                             + "\"}]},\n"
                                               "                {\"name\": \"b\", \"base_url\": \"https://h.org/r/\", "
                                               "\"files\": [{\"path\": \"config.json\", \"optional\": true}]}]}",
                                         "https://example.org/dir/manifest.json");
        QCOMPARE(m.models.size(), std::size_t(2));
        QCOMPARE(m.models[0].files[0].url, std::string("https://example.org/dir/files/config.json"));
        QCOMPARE(*m.models[0].files[0].size, std::uint64_t(3));
        QCOMPARE(m.models[0].files[1].sha256, "ab" + std::string(62, '0')); // lower-cased
        QVERIFY(!m.models[0].totalSize());
        QCOMPARE(m.find("b")->files[0].url, std::string("https://h.org/r/config.json"));
        QVERIFY(m.find("b")->files[0].optional);
        QCOMPARE(resolveReference("/data/manifests/m.json", "w.bin"), std::string("/data/manifests/w.bin"));

        const struct
        {
            const char *text;
            const char *message;
        } bad[] = {
            {"[]", "JSON object"},
            {"{\"models\": []}", "geomotion_manifest"},
            {"{\"geomotion_manifest\": 2, \"models\": []}", "newer"},
            {"{\"geomotion_manifest\": 1, \"models\": [{\"name\": \".x\", \"files\": []}]}", "name"},
            {"{\"geomotion_manifest\": 1, \"models\": [{\"name\": \"x\", \"files\": []}]}", "files"},
            {"{\"geomotion_manifest\": 1, \"models\": [{\"name\": \"x\", \"files\": [{\"path\": \"../a\", \"url\": "
             "\"u\"}]}]}",
             "plain file name"},
            {"{\"geomotion_manifest\": 1, \"models\": [{\"name\": \"x\", \"files\": [{\"path\": \"a\", \"url\": \"u\", "
             "\"sha256\": \"12\"}]}]}",
             "64 hex"},
            {"{\"geomotion_manifest\": 1, \"models\": [{\"name\": \"x\", \"files\": [{\"path\": \"a\", \"url\": "
             "\"u\"}, "
             "{\"path\": \"a\", \"url\": \"v\"}]}]}",
             "twice"},
            {"{\"geomotion_manifest\": 1, \"models\": [{\"name\": \"x\", \"files\": [{\"path\": \"a\", \"url\": \"u\", "
             "\"size\": -1}]}]}",
             "size"},
            {"not json", "not JSON"},
        };
        for (const auto &b : bad) {
            try {
                parseManifest(b.text, "m.json");
                QFAIL(b.text);
            } catch (const ManifestError &e) {
                QVERIFY2(std::string(e.what()).find(b.message) != std::string::npos, e.what());
                QVERIFY2(std::string(e.what()).rfind("m.json", 0) == 0, e.what());
            }
        }
        // The shipped manifest parses and has the official release.
        const fs::path shipped = shippedResource("models/manifest.json");
        QVERIFY(!shipped.empty());
        const Manifest official = readManifestFile(shipped.string());
        const ManifestEntry *release = official.find("geomotiongpt");
        QVERIFY(release);
        QCOMPARE(release->files[1].url,
                 std::string("https://huggingface.co/zy22b/GeoMotionGPT/resolve/main/model.safetensors"));
        QVERIFY(!release->citation.empty() && !release->licence.empty());
    }

    void installsFromAManifestOverHttp()
    {
        serveManifest(manifestText(*mServer, sha(mWeights)));
        std::vector<InstallProgress> progress;
        const InstallResult r = installModel(mServer->url("/manifest.json"), options(),
                                             [&](const InstallProgress &p) { progress.push_back(p); });
        QVERIFY(!r.cancelled);
        QCOMPARE(r.model.name, std::string("small"));
        QCOMPARE(r.model.directory, root() / "small");
        QCOMPARE(r.downloadedBytes, std::uint64_t(mWeights.size() + mConfig.size()));
        QCOMPARE(r.resumedBytes, std::uint64_t(0));
        QVERIFY(r.warnings.empty()); // every file had a hash
        // The project's tokenizer and HumanML3D statistics were added, byte for byte.
        for (const char *f : {"encoder.json", "vocab.bpe", "Mean.npy", "Std.npy"})
            QVERIFY2(std::find(r.added.begin(), r.added.end(), f) != r.added.end(), f);
        QCOMPARE(readAll(root() / "small" / "Mean.npy"),
                 readAll(fs::path(GM_SOURCE_DIR) / "resources/humanml3d/Mean.npy"));
        QCOMPARE(readAll(root() / "small" / "model.safetensors"), mWeights);
        // Progress: fetched bytes grow to the manifest's total; every stage reported in order.
        QVERIFY(!progress.empty());
        std::uint64_t fetched = 0;
        bool sawValidating = false;
        for (const InstallProgress &p : progress) {
            if (p.stage == InstallProgress::Stage::Fetching) {
                QCOMPARE(p.totalBytes, std::uint64_t(mWeights.size() + mConfig.size()));
                QVERIFY(p.bytes >= fetched);
                fetched = p.bytes;
            }
            sawValidating |= p.stage == InstallProgress::Stage::Validating;
        }
        QVERIFY(sawValidating);
        QCOMPARE(progress.back().stage, InstallProgress::Stage::Installing);
        // Listed, with the receipt's facts; no partial download left.
        const auto listed = listInstalledModels(root());
        QCOMPARE(listed.size(), std::size_t(1));
        QVERIFY(listed[0].hasReceipt);
        QCOMPARE(listed[0].licence, std::string("GPL-3.0-or-later"));
        QCOMPARE(listed[0].source, mServer->url("/manifest.json"));
        bool weightsListed = false;
        for (const InstalledFile &f : listed[0].files)
            if (f.path == "model.safetensors") {
                weightsListed = true;
                QCOMPARE(f.sha256, sha(mWeights));
                QCOMPARE(f.origin, mServer->url("/m/model.safetensors"));
            }
        QVERIFY(weightsListed);
        QVERIFY(listPartialDownloads(root()).empty());
        // It is a model: both halves load from the installed folder.
        QVERIFY(gm::ml::MotionTokenizer::load((root() / "small").string()));
        QVERIFY(gm::ml::Captioner::load((root() / "small").string()));
        // Installing again refuses to overwrite; --force replaces it.
        try {
            installModel(mServer->url("/manifest.json"), options());
            QFAIL("a second install of the same name must be refused");
        } catch (const InstallError &e) {
            QVERIFY2(std::string(e.what()).find("--force") != std::string::npos, e.what());
        }
        InstallOptions force = options();
        force.force = true;
        QCOMPARE(installModel(mServer->url("/manifest.json"), force).model.name, std::string("small"));
        QCOMPARE(listInstalledModels(root()).size(), std::size_t(1));
        // Removing takes it away completely.
        QVERIFY(removeInstalledModel(root(), "small"));
        checkNotInstalled("small");
        QVERIFY(!removeInstalledModel(root(), "small"));
    }

    void resumesAnInterruptedDownload()
    {
        serveManifest(manifestText(*mServer, sha(mWeights)));
        const int cut = 5 << 20;
        mServer->modify("/m/model.safetensors", [&](HttpServer::Resource &r) {
            r.cutAfter = cut;
            r.cutTimes = 1;
        });
        try {
            installModel(mServer->url("/manifest.json"), options());
            QFAIL("a download cut short must fail");
        } catch (const InstallError &e) {
            const std::string what = e.what();
            QVERIFY2(what.find("model.safetensors") != std::string::npos, e.what());
            QVERIFY2(what.find("resume") != std::string::npos, e.what());
        }
        checkNotInstalled("small");
        const auto partial = listPartialDownloads(root());
        QCOMPARE(partial.size(), std::size_t(1));
        QCOMPARE(fs::file_size(partialDirectory(root(), "small") / "model.safetensors.part"), std::uintmax_t(cut));

        mServer->clearRequests();
        const InstallResult r = installModel(mServer->url("/manifest.json"), options());
        QCOMPARE(r.resumedBytes, std::uint64_t(cut + mConfig.size())); // config.json was complete already
        QCOMPARE(r.downloadedBytes, std::uint64_t(mWeights.size() - cut));
        const auto requests = mServer->requestsFor("/m/model.safetensors");
        QCOMPARE(requests.size(), std::size_t(1));
        QCOMPARE(requests[0].headers.at("range"), "bytes=" + std::to_string(cut) + "-");
        QVERIFY(requests[0].headers.count("if-range"));
        QCOMPARE(requests[0].status, 206);
        QVERIFY(mServer->requestsFor("/m/config.json").empty());
        QCOMPARE(readAll(r.model.directory / "model.safetensors"), mWeights);
        QVERIFY(listPartialDownloads(root()).empty());
    }

    void startsOverWhenTheFileChangedOnTheServer()
    {
        // The first half of an old file must not be glued to the second half of a new one.
        const std::string old = mWeights.substr(0, mWeights.size() / 2) + std::string(mWeights.size() / 2, 'x');
        HttpServer::Resource stale;
        stale.body = old;
        stale.etag = "\"old\"";
        stale.cutAfter = 3 << 20;
        stale.cutTimes = 1;
        mServer->add("/m/model.safetensors", stale);
        serveManifest(manifestText(*mServer, sha(mWeights)));
        QVERIFY_THROWS_EXCEPTION(InstallError, installModel(mServer->url("/manifest.json"), options()));
        mServer->add("/m/model.safetensors", mWeights); // a new ETag
        mServer->clearRequests();
        const InstallResult r = installModel(mServer->url("/manifest.json"), options());
        const auto requests = mServer->requestsFor("/m/model.safetensors");
        QCOMPARE(requests.size(), std::size_t(1));
        QCOMPARE(requests[0].headers.at("if-range"), std::string("\"old\""));
        QCOMPARE(requests[0].status, 200); // the server sent it whole
        QCOMPARE(readAll(r.model.directory / "model.safetensors"), mWeights);
    }

    void hashMismatchInstallsNothing()
    {
        serveManifest(manifestText(*mServer, std::string(64, 'a')));
        try {
            installModel(mServer->url("/manifest.json"), options());
            QFAIL("a wrong hash must fail");
        } catch (const InstallError &e) {
            const std::string what = e.what();
            QVERIFY2(what.find("SHA-256 " + sha(mWeights)) != std::string::npos, e.what());
            QVERIFY2(what.find(std::string(64, 'a')) != std::string::npos, e.what());
            QVERIFY2(what.find("model.safetensors") != std::string::npos, e.what());
        }
        checkNotInstalled("small");
        // The bad file is gone; the next attempt fetches it anew (and fails the same way).
        QVERIFY(!fs::exists(partialDirectory(root(), "small") / "model.safetensors"));
        QVERIFY(!fs::exists(partialDirectory(root(), "small") / "model.safetensors.part"));
    }

    void missingFileIsA404()
    {
        serveManifest(manifestText(*mServer, sha(mWeights), true, "/m/gone.safetensors"));
        try {
            installModel(mServer->url("/manifest.json"), options());
            QFAIL("a 404 must fail");
        } catch (const InstallError &e) {
            const std::string what = e.what();
            QVERIFY2(what.find("HTTP 404") != std::string::npos, e.what());
            QVERIFY2(what.find(mServer->url("/m/gone.safetensors")) != std::string::npos, e.what());
        }
        checkNotInstalled("small");
        // A manifest that is itself missing.
        QVERIFY_THROWS_EXCEPTION(InstallError, installModel(mServer->url("/nothing.json"), options()));
    }

    void cancelledDownloadResumesLater()
    {
        serveManifest(manifestText(*mServer, sha(mWeights)));
        mServer->modify("/m/model.safetensors", [](HttpServer::Resource &r) {
            r.chunk = 256 * 1024;
            r.chunkDelayMs = 20;
        });
        std::atomic<bool> cancel{false};
        std::uint64_t seen = 0;
        const InstallResult r = installModel(
            mServer->url("/manifest.json"), options(),
            [&](const InstallProgress &p) {
                seen = p.bytes;
                if (p.stage == InstallProgress::Stage::Fetching && p.bytes > (2u << 20))
                    cancel.store(true);
            },
            &cancel);
        QVERIFY(r.cancelled);
        QVERIFY(seen < mWeights.size());
        checkNotInstalled("small");
        QCOMPARE(r.partialDirectory, partialDirectory(root(), "small"));
        const std::uintmax_t kept = fs::file_size(r.partialDirectory / "model.safetensors.part");
        QVERIFY(kept > 0 && kept < mWeights.size());
        // Installing again continues from there.
        mServer->modify("/m/model.safetensors", [](HttpServer::Resource &res) { res.chunkDelayMs = 0; });
        const InstallResult again = installModel(mServer->url("/manifest.json"), options());
        QVERIFY(!again.cancelled);
        QVERIFY(again.resumedBytes >= kept);
        QCOMPARE(readAll(again.model.directory / "model.safetensors"), mWeights);
        // And "start over" discards a partial download.
        QVERIFY(removeInstalledModel(root(), "small"));
        QVERIFY(listPartialDownloads(root()).empty());
    }

    void wrongLayoutIsRefused()
    {
        // A config that describes another architecture than the weights hold.
        std::string config = mConfig;
        const auto at = config.find("\"motion_hidden_dim\"");
        QVERIFY(at != std::string::npos);
        const auto colon = config.find(':', at), comma = config.find_first_of(",}", at);
        config.replace(colon + 1, comma - colon - 1, " 96");
        mServer->add("/m/config.json", config);
        serveManifest(manifestText(*mServer, sha(mWeights), false)
                          .replace(manifestText(*mServer, sha(mWeights), false).find(sha(mConfig)), 64, sha(config)));
        try {
            installModel(mServer->url("/manifest.json"), options());
            QFAIL("weights that do not fit the config must be refused");
        } catch (const InstallError &e) {
            const std::string what = e.what();
            QVERIFY2(what.find("do not make a model") != std::string::npos, e.what());
            QVERIFY2(what.find("motion_tokenizer.") != std::string::npos, e.what()); // names the tensor
        }
        checkNotInstalled("small");
        QVERIFY(listPartialDownloads(root()).empty()); // complete but wrong: not kept
        // A folder URL without model.safetensors.
        mServer->remove("/m/model.safetensors");
        try {
            installModel(mServer->url("/m/"), options());
            QFAIL("a folder without weights must be refused");
        } catch (const InstallError &e) {
            QVERIFY2(std::string(e.what()).find("model.safetensors: HTTP 404") != std::string::npos, e.what());
        }
        checkNotInstalled("m");
    }

    void honoursTheProxyFromTheEnvironment()
    {
        ::setenv("http_proxy", mServer->url("/").c_str(), 1);
        mServer->add("/release/config.json", mConfig);
        mServer->add("/release/model.safetensors", mWeights);
        mServer->add("/release/mean.npy", readAll(kModel / "mean.npy"));
        mServer->add("/release/std.npy", readAll(kModel / "std.npy"));
        InstallResult r;
        try {
            r = installModel("http://models.example.invalid/release/", options());
        } catch (...) {
            ::unsetenv("http_proxy");
            throw;
        }
        ::unsetenv("http_proxy");
        QCOMPARE(r.model.name, std::string("release"));
        // Every request went through the proxy (the absolute form), the optional files included.
        const auto requests = mServer->requests();
        QVERIFY(requests.size() >= 4);
        for (const auto &q : requests)
            QVERIFY2(q.target.rfind("http://models.example.invalid/release/", 0) == 0, q.target.c_str());
        // The server's statistics were used, not the shipped ones; the tokenizer was added.
        QCOMPARE(readAll(r.model.directory / "mean.npy"), readAll(kModel / "mean.npy"));
        QVERIFY(!fs::exists(r.model.directory / "Mean.npy"));
        QVERIFY(std::find(r.added.begin(), r.added.end(), "encoder.json") != r.added.end());
        QVERIFY(!r.warnings.empty()); // no hashes to check against
    }

    void localFolderAndNames()
    {
        // A local folder is copied (and completed); the original is untouched.
        const fs::path source = fs::path(mDir->path().toStdString()) / "src";
        fs::create_directories(source);
        fs::copy_file(kModel / "config.json", source / "config.json");
        fs::copy_file(kModel / "model.safetensors", source / "model.safetensors");
        InstallOptions o = options();
        o.name = "copy";
        const InstallResult r = installModel(source.string(), o);
        QCOMPARE(r.model.name, std::string("copy"));
        QVERIFY(!fs::exists(source / "encoder.json"));
        QVERIFY(fs::exists(r.model.directory / "encoder.json"));
        // Bad names and sources are refused with a message naming them.
        o.name = "../evil";
        QVERIFY_THROWS_EXCEPTION(InstallError, installModel(source.string(), o));
        o.name.clear();
        try {
            installModel("no-such-model", o);
            QFAIL("an unknown name must fail");
        } catch (const InstallError &e) {
            QVERIFY2(std::string(e.what()).find("geomotiongpt") != std::string::npos, e.what());
        }
        QVERIFY_THROWS_EXCEPTION(InstallError, installModel("/no/such/folder", o));
        try {
            installModel((source / "model.safetensors").string(), o);
            QFAIL("a weights file is not a source");
        } catch (const InstallError &e) {
            QVERIFY2(std::string(e.what()).find("is a file") != std::string::npos, e.what());
        }
        // Statistics come in pairs: a lone Mean.npy is an error, not silently replaced.
        fs::copy_file(fs::path(GM_SOURCE_DIR) / "resources/humanml3d/Mean.npy", source / "Mean.npy");
        o.name = "lonely";
        try {
            installModel(source.string(), o);
            QFAIL("a Mean.npy without Std.npy must be refused");
        } catch (const InstallError &e) {
            QVERIFY2(std::string(e.what()).find("Std.npy") != std::string::npos, e.what());
        }
        checkNotInstalled("lonely");
        o.name.clear();
        // The models folder follows XDG like QStandardPaths.
        ::setenv("XDG_DATA_HOME", "/tmp/xdg-data", 1);
        const char *saved = std::getenv("GEOMOTION_MODELS_DIR");
        const std::string keep = saved ? saved : "";
        ::unsetenv("GEOMOTION_MODELS_DIR");
        QCOMPARE(userModelsDirectory(), fs::path("/tmp/xdg-data/GeoMotion/GeoMotion Studio/models"));
        ::setenv("GEOMOTION_MODELS_DIR", "/tmp/elsewhere", 1);
        QCOMPARE(userModelsDirectory(), fs::path("/tmp/elsewhere"));
        if (keep.empty())
            ::unsetenv("GEOMOTION_MODELS_DIR");
        else
            ::setenv("GEOMOTION_MODELS_DIR", keep.c_str(), 1);
        ::unsetenv("XDG_DATA_HOME");
    }

    void httpHelpers()
    {
        QCOMPARE(urlScheme("HTTPS://x"), std::string("https"));
        QCOMPARE(urlScheme("/a/b"), std::string());
        QCOMPARE(urlHost("http://user@Example.ORG:8080/a"), std::string("example.org"));
        QCOMPARE(urlHost("http://[::1]:80/"), std::string("::1"));
        QVERIFY(isLoopbackHost("127.0.0.1") && isLoopbackHost("localhost") && !isLoopbackHost("example.org"));
        // A body over the limit is refused before it is all read.
        mServer->add("/big", std::string(1 << 20, 'b'));
        try {
            fetchText(mServer->url("/big"), 1000);
            QFAIL("a body over the limit must be refused");
        } catch (const HttpError &e) {
            QVERIFY2(std::string(e.what()).find("allowed") != std::string::npos, e.what());
        }
        // A connection refused names the URL.
        HttpError refused("", "");
        const std::string dead = "http://127.0.0.1:1/x";
        try {
            fetchText(dead);
            QFAIL("port 1 must refuse");
        } catch (const HttpError &e) {
            QCOMPARE(e.url(), dead);
            QCOMPARE(e.status(), 0L);
        }
    }
};

QTEST_GUILESS_MAIN(TestModelInstall)
#include "test_modelinstall.moc"
