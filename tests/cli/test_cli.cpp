// The geomotion command line: help, version, exit codes and the option parser.

#include "cli/commandline.h"
#include "cli/commands.h"
#include "common/gmtest.h"

#include "io/npy.h"

#include <gm/version.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>
#include <sstream>

using namespace gm::cli;

namespace {

struct Run
{
    int code;
    QString out;
    QString err;
};

Run runArgs(const QStringList &args)
{
    std::vector<std::string> argv;
    for (const QString &a : args)
        argv.push_back(a.toStdString());
    std::ostringstream out, err;
    const int code = runGeomotion(argv, out, err);
    return {code, QString::fromStdString(out.str()), QString::fromStdString(err.str())};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodesAndMessages_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("stdoutHas");
        QTest::addColumn<QString>("stderrHas");

        const QString version = QStringLiteral("geomotion %1 (LibTorch ").arg(QLatin1String(gm::kVersion));
        QTest::newRow("no args") << QStringList{} << 2 << ""
                                 << "Usage: geomotion";
        QTest::newRow("--help") << QStringList{"--help"} << 0 << "Commands:"
                                << "";
        QTest::newRow("-h") << QStringList{"-h"} << 0 << "Usage: geomotion"
                            << "";
        QTest::newRow("help") << QStringList{"help"} << 0 << "Show library versions"
                              << "";
        QTest::newRow("--version") << QStringList{"--version"} << 0 << version << "";
        QTest::newRow("-V") << QStringList{"-V"} << 0 << ", Assimp "
                            << "";
        QTest::newRow("help env") << QStringList{"help", "env"} << 0 << "Usage: geomotion env [options]"
                                  << "";
        QTest::newRow("env --help") << QStringList{"env", "--help"} << 0 << "--json"
                                    << "";
        QTest::newRow("env -h") << QStringList{"env", "-h"} << 0 << "-v, --verbose"
                                << "";
        QTest::newRow("env") << QStringList{"env"} << 0 << "LibTorch intra-op threads: "
                             << "";
        QTest::newRow("env -v") << QStringList{"env", "-v"} << 0 << "CUDA: "
                                << "";
        QTest::newRow("unknown global option") << QStringList{"--bogus"} << 2 << ""
                                               << "unknown option '--bogus'";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << ""
                                         << "unknown command 'frobnicate'";
        QTest::newRow("help unknown") << QStringList{"help", "nope"} << 2 << ""
                                      << "unknown command 'nope'";
        QTest::newRow("help two names") << QStringList{"help", "env", "env"} << 2 << ""
                                        << "at most one command";
        QTest::newRow("unknown command option") << QStringList{"env", "--bogus"} << 2 << ""
                                                << "Try 'geomotion env --help'";
        QTest::newRow("unknown short option") << QStringList{"env", "-x"} << 2 << ""
                                              << "unknown option '-x'";
        QTest::newRow("flag with value") << QStringList{"env", "--json=yes"} << 2 << ""
                                         << "takes no value";
        QTest::newRow("extra argument") << QStringList{"env", "extra"} << 2 << ""
                                        << "unexpected argument 'extra'";
    }

    void exitCodesAndMessages()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, stdoutHas);
        QFETCH(QString, stderrHas);
        const Run r = runArgs(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.out.contains(stdoutHas), qPrintable(r.out));
        QVERIFY2(r.err.contains(stderrHas), qPrintable(r.err));
        if (code == 0)
            QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        else
            QVERIFY(r.out.isEmpty());
    }

    void envJsonIsValid()
    {
        const Run r = runArgs({"env", "--json"});
        QCOMPARE(r.code, 0);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject versions = doc.object().value(QStringLiteral("versions")).toObject();
        QCOMPARE(versions.value(QStringLiteral("GeoMotion")).toString(), QString::fromLatin1(gm::kVersion));
        QVERIFY(versions.value(QStringLiteral("LibTorch")).toString().startsWith(QLatin1Char('1'))
                || versions.value(QStringLiteral("LibTorch")).toString().startsWith(QLatin1Char('2')));
        QVERIFY(doc.object().value(QStringLiteral("torch")).toObject().value(QStringLiteral("intra_op_threads")).toInt()
                >= 1);
    }

    // Every command in the table has a summary, help text and documented options.
    void everyCommandHasHelp()
    {
        const CommandLine cli = geomotionCommandLine();
        const std::string usage = cli.usage();
        for (const char *name : {"env", "info", "convert", "features", "tokenize", "decode", "caption", "lm-logits",
                                 "bpe", "eval", "train-tokenizer", "train-captioner"}) {
            const CommandSpec *command = cli.find(name);
            QVERIFY(command);
            QVERIFY(!command->summary.empty());
            QVERIFY(usage.find(command->name) != std::string::npos);
            const std::string help = cli.commandHelp(*command);
            for (const OptionSpec &o : command->options) {
                QVERIFY(!o.help.empty());
                QVERIFY2(help.find("--" + o.name) != std::string::npos, o.name.c_str());
            }
        }
    }

    // The parser on a synthetic table: values, defaults, short names, '=' and '--'.
    void parserOnSyntheticTable()
    {
        std::string seenOut, seenN, seenFlag;
        std::vector<std::string> seenPositionals;
        CommandSpec cmd{"run",
                        "Run it",
                        "FILE...",
                        "",
                        {{"out", 'o', "DIR", "Output folder", ""},
                         {"n", 0, "N", "Count", "8"},
                         {"force", 'f', "", "Overwrite", ""}},
                        1,
                        3,
                        [&](const ParsedArgs &a, Io &) {
                            seenOut = a.value("out", "none");
                            seenN = a.value("n");
                            seenFlag = a.has("force") ? "yes" : "no";
                            seenPositionals = a.positionals();
                            return 0;
                        }};
        CommandLine cli("tool", "About.", {cmd}, [] { return std::string("tool 1"); });
        std::ostringstream out, err;
        Io io{out, err};

        QCOMPARE(cli.run({"run", "-o", "x", "a.bvh", "--n=3", "-f", "--", "-b.bvh"}, io), 0);
        QCOMPARE(seenOut, std::string("x"));
        QCOMPARE(seenN, std::string("3"));
        QCOMPARE(seenFlag, std::string("yes"));
        QCOMPARE(seenPositionals, (std::vector<std::string>{"a.bvh", "-b.bvh"}));

        QCOMPARE(cli.run({"run", "a.bvh"}, io), 0);
        QCOMPARE(seenOut, std::string("none"));
        QCOMPARE(seenN, std::string("8")); // the table's default
        QCOMPARE(seenFlag, std::string("no"));

        QCOMPARE(cli.run({"run"}, io), 2);                     // missing FILE
        QCOMPARE(cli.run({"run", "a", "b", "c", "d"}, io), 2); // too many
        QCOMPARE(cli.run({"run", "a", "--out"}, io), 2);       // missing value
        QVERIFY(err.str().find("option '--out' needs a value (DIR)") != std::string::npos);
        QVERIFY(cli.commandHelp(cmd).find("(default: 8)") != std::string::npos);
    }

    // A command that throws becomes exit status 1 with the message, never a crash.
    void exceptionsBecomeExitOne()
    {
        CommandSpec cmd{"boom", "Throws", "", "", {}, 0, 0, [](const ParsedArgs &, Io &) -> int {
                            throw std::runtime_error("walk.bvh: line 12: expected a number, got 'x'");
                        }};
        CommandLine cli("tool", "About.", {cmd}, [] { return std::string("tool 1"); });
        std::ostringstream out, err;
        Io io{out, err};
        QCOMPARE(cli.run({"boom"}, io), 1);
        QCOMPARE(err.str(), std::string("tool boom: walk.bvh: line 12: expected a number, got 'x'\n"));
    }

    void info()
    {
        GM_REQUIRE_DATA(path, "bvh/cmu/01_01.bvh");
        const Run r = runArgs({"info", path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("format:    BVH\n")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("joints:    31\n")));
        QVERIFY(r.out.contains(QLatin1String("frames:    2752 at 120.000 fps (22.933 s)")));
        QVERIFY(r.out.contains(QLatin1String("0.056444 m per unit, Y up")));
        QVERIFY(r.out.contains(QLatin1String("\n    LHipJoint\n"))); // the skeleton tree, indented

        const Run j = runArgs({"info", "--json", path});
        QCOMPARE(j.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("frames")).toInt(), 2752);
        QCOMPARE(o.value(QStringLiteral("joint_names")).toArray().size(), 31);
        QCOMPARE(o.value(QStringLiteral("parents")).toArray().at(2).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("fps")).toDouble(), 1.0 / 0.0083333);
    }

    void infoOnBadFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << "/nonexistent/walk.bvh"
                                 << "geomotion info: /nonexistent/walk.bvh: no such file";
        QTest::newRow("not motion") << QStringLiteral(GM_TEST_DATA_DIR "/SOURCES.md") << "not a motion file";
    }

    void infoOnBadFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const Run r = runArgs({"info", file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void convertRetargetsToHumanMl3d()
    {
        GM_REQUIRE_DATA(path, "bvh/cmu/131_03.bvh");
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("take.npy"));
        Run r = runArgs({"convert", path, out, "--retarget", "t2m"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("22 joints, 184 frames at 20.000 fps")), qPrintable(r.out));
        r = runArgs({"info", "--json", out});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("HumanML3D joints"));
        QCOMPARE(o.value(QStringLiteral("frames")).toInt(), 184);

        // No overwrite without --force; then BVH out at another rate.
        r = runArgs({"convert", path, out, "--retarget", "t2m"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("already exists (add --force to overwrite)")));
        QCOMPARE(runArgs({"convert", path, out, "--retarget=t2m", "--fps", "10", "--force"}).code, 0);
        const QString bvh = dir.filePath(QStringLiteral("take.bvh"));
        r = runArgs({"convert", path, bvh, "--fps", "30"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("31 joints, 276 frames at 30.000 fps")), qPrintable(r.out));
        // HumanML3D joints need the t2m skeleton.
        r = runArgs({"convert", path, dir.filePath(QStringLiteral("raw.npy"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("retarget it first")), qPrintable(r.err));
    }

    // info on the other readers: FBX (with the unit warning), AMASS with a body model, HumanML3D
    // features with their captions; JSON bounds and warnings.
    void infoOnEveryFormat()
    {
        GM_REQUIRE_DATA(fbx, "fbx/cmu/01_01_cmu.fbx");
        Run r = runArgs({"info", "--json", fbx});
        QCOMPARE(r.code, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("FBX"));
        QCOMPARE(o.value(QStringLiteral("frames")).toInt(), 2752);
        QVERIFY(std::abs(o.value(QStringLiteral("duration_s")).toDouble() - 2752.0 / 120.0) < 1e-9);
        const QJsonArray warnings = o.value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.at(0).toString().contains(QLatin1String("declared unit")));
        const double m = o.value(QStringLiteral("metres_per_unit")).toDouble();
        const double height = (o.value(QStringLiteral("bounds_max")).toArray().at(1).toDouble()
                               - o.value(QStringLiteral("bounds_min")).toArray().at(1).toDouble())
                              * m;
        QVERIFY2(height > 1.0 && height < 2.5, qPrintable(QString::number(height)));
        r = runArgs({"info", fbx});
        QVERIFY2(r.out.contains(QLatin1String("warning:   the declared unit")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String(" m, 1.40 x 1.68 x 3.90 m\n")));

        const QString amass = QStringLiteral(GM_FIXTURES_DIR "/amass_smplh.npz");
        r = runArgs({"info", amass, "--body-model", QStringLiteral(GM_FIXTURES_DIR "/bodymodel_j.npz")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("format:    AMASS\n")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Z up")));
        r = runArgs({"info", amass, "--body-model", QStringLiteral("/nonexistent/smplh.npz")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("/nonexistent/smplh.npz")), qPrintable(r.err));

        GM_REQUIRE_DATA(vecs, "humanml3d/new_joint_vecs/012314.npy");
        r = runArgs({"info", "--json", vecs});
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("HumanML3D features"));
        QCOMPARE(o.value(QStringLiteral("frames")).toInt(), 170);
        QCOMPARE(o.value(QStringLiteral("captions")).toArray().size(), 3);
        QVERIFY(o.value(QStringLiteral("positions_only")).toBool());
    }

    // convert from the other readers: FBX → t2m joints, HumanML3D joints → BVH, AMASS → BVH.
    void convertEveryFormat()
    {
        QTemporaryDir dir;
        GM_REQUIRE_DATA(fbx, "fbx/cmu/09_11_cmu.fbx");
        const QString npy = dir.filePath(QStringLiteral("run.npy"));
        Run r = runArgs({"convert", fbx, npy, "--retarget", "t2m"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("22 joints, 28 frames at 20.000 fps")), qPrintable(r.out));

        GM_REQUIRE_DATA(joints, "humanml3d/new_joints/012314.npy");
        const QString bvh = dir.filePath(QStringLiteral("tennis.bvh"));
        r = runArgs({"convert", joints, bvh});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("22 joints, 170 frames at 20.000 fps")), qPrintable(r.out));
        r = runArgs({"info", "--json", bvh});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("frames")).toInt(), 170);

        const QString amassBvh = dir.filePath(QStringLiteral("amass.bvh"));
        r = runArgs({"convert", QStringLiteral(GM_FIXTURES_DIR "/amass_smplh.npz"), amassBvh, "--fps", "30"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("22 joints, 6 frames at 30.000 fps")), qPrintable(r.out));
    }

    // features → tokenize → decode with the small golden DVQ (tests/data/dvq_small).
    void modelCommands()
    {
        GM_REQUIRE_DATA(bvh, "bvh/cmu/131_03.bvh");
        const QString model = QStringLiteral(GM_FIXTURES_DIR "/dvq_small");
        QTemporaryDir dir;
        const QString features = dir.filePath(QStringLiteral("f.npy"));
        Run r = runArgs({"features", bvh, "-o", features});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("183 x 263 HumanML3D features")), qPrintable(r.out));
        QCOMPARE(gm::motion::readNpy(features.toStdString()).shape, (std::vector<std::size_t>{183, 263}));

        // The golden case: the ids PyTorch computed.
        const QString tokens = dir.filePath(QStringLiteral("t.npy"));
        const QString logits = dir.filePath(QStringLiteral("l.npy"));
        r = runArgs(
            {"tokenize", model + QStringLiteral("/features.npy"), "--model", model, "-o", tokens, "--logits", logits});
        QCOMPARE(r.code, 0);
        QCOMPARE(gm::motion::readNpy(tokens.toStdString()).toInt64(),
                 gm::motion::readNpy((model + QStringLiteral("/tokens.npy")).toStdString()).toInt64());
        QCOMPARE(gm::motion::readNpy(logits.toStdString()).shape, (std::vector<std::size_t>{4, 16}));
        r = runArgs({"tokenize", model + QStringLiteral("/features.npy"), "--model", model, "--json"});
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("tokens")).toArray().size(), 4);
        QCOMPARE(o.value(QStringLiteral("frames")).toInt(), 37);
        // A motion file straight in: 183 feature rows → 22 tokens, printed.
        r = runArgs({"tokenize", bvh, "--model", model});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed().split(QLatin1Char(' ')).size(), 22);

        const QString decoded = dir.filePath(QStringLiteral("d.npy"));
        const QString joints = dir.filePath(QStringLiteral("j.npy"));
        r = runArgs({"decode", tokens, "--model", model, "-o", decoded, "--joints", joints});
        QCOMPARE(r.code, 0);
        QCOMPARE(gm::motion::readNpy(decoded.toStdString()).shape, (std::vector<std::size_t>{32, 263}));
        QCOMPARE(gm::motion::readNpy(joints.toStdString()).shape, (std::vector<std::size_t>{32, 22, 3}));

        // Errors: no model, a pickle without consent, a missing model, features as tokens.
        QCOMPARE(runArgs({"tokenize", features}).code, 2);
        r = runArgs({"tokenize", features, "--model", model + QStringLiteral("/vqvae.pt")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("pickle")));
        r = runArgs({"tokenize", features, "--model", model + QStringLiteral("/vqvae.pt"), "--allow-pickle"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QLatin1String("warning")) && r.err.contains(QLatin1String("pickle")),
                 qPrintable(r.err));
        r = runArgs({"tokenize", features, "--model", "/nonexistent/model"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("/nonexistent/model: no such file")));
        r = runArgs({"decode", features, "--model", model, "-o", dir.filePath(QStringLiteral("x.npy"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("expected token ids")), qPrintable(r.err));
        QCOMPARE(runArgs({"features", bvh, "-o", features}).code, 1); // exists: needs --force
        QCOMPARE(runArgs({"tokenize", features, "--model", model, "--threads", "x"}).code, 2);
    }

    // geomotion model install|list|info|remove from a local folder (the HTTP paths are
    // tests/models/test_modelinstall's), and an installed model's name as --model.
    void modelStoreCommands()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("release"));
        QVERIFY(QDir().mkpath(source));
        const QString bundled = QStringLiteral(GM_SOURCE_DIR "/resources/model/");
        for (const char *f : {"config.json", "model.safetensors"})
            QVERIFY(QFile::copy(bundled + QLatin1String(f), source + QLatin1Char('/') + QLatin1String(f)));
        const QString models = dir.filePath(QStringLiteral("models"));
        qputenv("GEOMOTION_MODELS_DIR", models.toUtf8());

        Run r = runArgs({"model", "list"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("(none")), qPrintable(r.out));
        r = runArgs({"model", "install", source, "--name", "mine"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("installed mine in ") + models), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("added encoder.json")) && r.out.contains(QLatin1String("added Mean.npy")),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(QLatin1String("validating")), qPrintable(r.err));
        r = runArgs({"model", "list", "--json"});
        const QJsonObject list = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(list.value(QStringLiteral("models")).toArray().size(), 1);
        const QJsonObject mine = list.value(QStringLiteral("models")).toArray().at(0).toObject();
        QCOMPARE(mine.value(QStringLiteral("name")).toString(), QStringLiteral("mine"));
        QCOMPARE(mine.value(QStringLiteral("source")).toString(), QDir(source).canonicalPath());
        r = runArgs({"model", "info", "mine"});
        QCOMPARE(r.code, 0);
        QVERIFY2(
            r.out.contains(QLatin1String("sha256 196139668be63f3b5d6574427317ae82f612a97c5d1cdaf36ed2256dbf636783")),
            qPrintable(r.out)); // the tokenizer the project shipped
        // The installed name works as --model.
        GM_REQUIRE_DATA(bvh, "bvh/cmu/131_03.bvh");
        r = runArgs({"caption", bvh, "--model", "mine"});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.trimmed().isEmpty());
        // Errors: the name is taken, unknown model, unknown action, a bad name.
        r = runArgs({"model", "install", source, "--name", "mine"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("--force")), qPrintable(r.err));
        QCOMPARE(runArgs({"model", "install", source, "--name", "mine", "--force"}).code, 0);
        QCOMPARE(runArgs({"model", "info", "other"}).code, 1);
        QCOMPARE(runArgs({"model", "frobnicate"}).code, 2);
        QCOMPARE(runArgs({"model", "install", source, "--name", "../x"}).code, 2);
        QCOMPARE(runArgs({"model", "install"}).code, 2);
        r = runArgs({"model", "install", dir.filePath(QStringLiteral("nothing"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("no such file or folder")), qPrintable(r.err));
        // remove takes it away; list is empty again.
        QCOMPARE(runArgs({"model", "remove", "mine"}).code, 0);
        QCOMPARE(runArgs({"model", "remove", "mine"}).code, 1);
        QVERIFY(!QFileInfo::exists(models + QStringLiteral("/mine")));
        QVERIFY(runArgs({"model", "list"}).out.contains(QLatin1String("(none")));
        qunsetenv("GEOMOTION_MODELS_DIR");
    }

    // A TorchScript archive (a module with code) is never loaded, even with --allow-pickle.
    void torchScriptIsRefused()
    {
        const QString archive = QStringLiteral(GM_FIXTURES_DIR "/torchscript.pt");
        QVERIFY(QFileInfo::exists(archive));
        GM_REQUIRE_DATA(bvh, "bvh/cmu/131_03.bvh");
        const Run r = runArgs({"tokenize", bvh, "--model", archive, "--allow-pickle"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("TorchScript")), qPrintable(r.err));
    }

    // caption, lm-logits and bpe with the small golden model (DVQ + GPT-2 in tests/data/dvq_small).
    void captionCommands()
    {
        GM_REQUIRE_DATA(tokenizer, "gpt2-tokenizer/encoder.json");
        const QString tokenizerDir = gm::test::dataPath(QStringLiteral("gpt2-tokenizer"));
        const QString model = QStringLiteral(GM_FIXTURES_DIR "/dvq_small");
        QFile f(model + QStringLiteral("/gpt2_case.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject golden = QJsonDocument::fromJson(f.readAll()).object();
        // Features → DVQ tokens [14, 2, 2, 1] → the greedy ids PyTorch produced.
        Run r = runArgs({"caption", model + QStringLiteral("/features.npy"), "--model", model, "--tokenizer",
                         tokenizerDir, "--json"});
        QCOMPARE(r.code, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("tokens")).toArray(), golden.value(QStringLiteral("codes")).toArray());
        QCOMPARE(o.value(QStringLiteral("ids")).toArray(), golden.value(QStringLiteral("greedy")).toArray());
        // Token ids straight in give the same caption; sampling is reproducible with a seed.
        r = runArgs({"caption", model + QStringLiteral("/tokens.npy"), "--model", model, "--tokenizer", tokenizerDir});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), o.value(QStringLiteral("caption")).toString());
        const QStringList sample{"caption",          model + QStringLiteral("/tokens.npy"),
                                 "--model",          model,
                                 "--tokenizer",      tokenizerDir,
                                 "--decoding",       "sample",
                                 "--seed",           "3",
                                 "--max-new-tokens", "6"};
        QCOMPARE(runArgs(sample).out, runArgs(sample).out);
        QCOMPARE(runArgs({"caption", model + QStringLiteral("/tokens.npy"), "--model", model, "--tokenizer",
                          tokenizerDir, "--decoding", "beam", "--beams", "2", "--max-new-tokens", "4"})
                     .code,
                 0);
        QCOMPARE(
            runArgs({"caption", model + QStringLiteral("/tokens.npy"), "--model", model, "--decoding", "nucleus"}).code,
            2);
        // lm-logits: [L, V].
        QTemporaryDir dir;
        const QString logits = dir.filePath(QStringLiteral("l.npy"));
        r = runArgs(
            {"lm-logits", "--model", model, "--tokenizer", tokenizerDir, "--ids", "8645,378,2420", "-o", logits});
        QCOMPARE(r.code, 0);
        QCOMPARE(gm::motion::readNpy(logits.toStdString()).shape, (std::vector<std::size_t>{3, 50276}));
        QCOMPARE(runArgs({"lm-logits", "--model", model, "--ids", "1,x", "-o", logits, "--force"}).code, 2);
        // bpe.
        r = runArgs({"bpe", "encode", "Generate text: <motion_id_512>", "--tokenizer", tokenizerDir});
        QCOMPARE(r.out.trimmed(), QStringLiteral("8645,378,2420,25,220,50769"));
        r = runArgs({"bpe", "decode", "8645,378,2420,25,220,50769", "--tokenizer", tokenizerDir});
        QCOMPARE(r.out, QStringLiteral("Generate text: <motion_id_512>\n"));
        QCOMPARE(runArgs({"bpe", "split", "x", "--tokenizer", tokenizerDir}).code, 2);
    }

    // eval on nlg-eval's README example: the published corpus scores.
    void evalCommand()
    {
        QTemporaryDir dir;
        const QString predictions = dir.filePath(QStringLiteral("p.txt"));
        const QString references = dir.filePath(QStringLiteral("r.json"));
        QFile p(predictions), r(references);
        QVERIFY(p.open(QIODevice::WriteOnly) && r.open(QIODevice::WriteOnly));
        p.write("this is the model generated sentence1 which seems good enough\n"
                "this is sentence2 which has been generated by your model\n");
        r.write(
            R"([["this is one reference sentence for sentence1", "this is one more reference sentence for sentence1"],
                    ["this is a reference sentence for sentence2 which was generated by your model",
                     "this is the second reference sentence for sentence2"]])");
        p.close();
        r.close();
        Run run = runArgs({"eval", "--predictions", predictions, "--references", references, "--json"});
        QCOMPARE(run.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(std::abs(o.value(QStringLiteral("Bleu_4")).toDouble() - 0.201143) < 5e-6);
        QVERIFY(std::abs(o.value(QStringLiteral("ROUGE_L")).toDouble() - 0.522104) < 5e-6);
        QVERIFY(std::abs(o.value(QStringLiteral("CIDEr")).toDouble() - 1.242192) < 5e-6);
        QVERIFY(o.contains(QStringLiteral("bleu_4")) && o.contains(QStringLiteral("nltk_bleu_4")));
        QVERIFY(runArgs({"eval", "--predictions", predictions, "--references", references})
                    .out.contains(QLatin1String("CIDEr-D:")));
        QVERIFY(r.open(QIODevice::WriteOnly));
        r.write("[[\"only one\"]]");
        r.close();
        run = runArgs({"eval", "--predictions", predictions, "--references", references});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("2 predictions, but")), qPrintable(run.err));
        QCOMPARE(runArgs({"eval", "--predictions", predictions}).code, 2);
    }

    // train-tokenizer on motion files (through the feature pipeline), then tokenize with the result.
    void trainTokenizerCommand()
    {
        GM_REQUIRE_DATA(a, "bvh/cmu/131_01.bvh");
        GM_REQUIRE_DATA(b, "bvh/cmu/131_03.bvh");
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("corpus"))));
        QVERIFY(QFile::copy(a, dir.filePath(QStringLiteral("corpus/a.bvh"))));
        QVERIFY(QFile::copy(b, dir.filePath(QStringLiteral("corpus/b.bvh"))));
        const QString model = dir.filePath(QStringLiteral("model"));
        Run r = runArgs({"train-tokenizer", dir.filePath(QStringLiteral("corpus")), "--out", model, "--codes", "8",
                         "--width", "16", "--depth", "1", "--epochs", "2", "--batch", "2"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("trained: 2 epoch(s)")), qPrintable(r.out));
        QVERIFY(r.err.contains(QLatin1String("ETA")));
        r = runArgs({"tokenize", b, "--model", model, "--json"});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("tokens")).toArray().size(), 22);
        QCOMPARE(runArgs({"train-tokenizer", dir.filePath(QStringLiteral("corpus"))}).code, 2); // no --out
        QCOMPARE(
            runArgs({"train-tokenizer", dir.filePath(QStringLiteral("corpus")), "--out", model, "--window", "30"}).code,
            1);
    }

    // features → a HumanML3D-layout corpus → train-tokenizer → train-captioner → caption with the result.
    void datasetFoldersOneOutputPerClip()
    {
        GM_REQUIRE_DATA(a, "bvh/cmu/131_01.bvh");
        GM_REQUIRE_DATA(b, "bvh/cmu/131_03.bvh");
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data + QStringLiteral("/deeper")));
        QVERIFY(QFile::copy(a, data + QStringLiteral("/131_01.bvh")));
        QVERIFY(QFile::copy(b, data + QStringLiteral("/deeper/131_03.bvh")));
        {
            QFile broken(data + QStringLiteral("/broken.bvh"));
            QVERIFY(broken.open(QIODevice::WriteOnly));
            broken.write("HIERARCHY\nROOT Hips\n{\n");
        }
        const QString model = QStringLiteral(GM_SOURCE_DIR "/resources/model");
        const QString out = dir.filePath(QStringLiteral("tokens"));
        Run r = runArgs({"tokenize", data, "--model", model, "--out", out});
        QCOMPARE(r.code, 1); // the broken file failed; the others are done
        QVERIFY2(r.out.contains(QLatin1String("2 written, 0 already done, 1 failed of 3 clips")), qPrintable(r.out));
        QVERIFY(r.err.contains(QLatin1String("broken.bvh")));
        QVERIFY(r.err.contains(QLatin1String("ETA")));
        QFile summaryFile(out + QStringLiteral("/summary.json"));
        QVERIFY(summaryFile.open(QIODevice::ReadOnly));
        const QJsonObject summary = QJsonDocument::fromJson(summaryFile.readAll()).object();
        QCOMPARE(summary.value(QStringLiteral("written")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 1);
        QVERIFY(summary.value(QStringLiteral("failures"))
                    .toArray()[0]
                    .toObject()
                    .value(QStringLiteral("item"))
                    .toString()
                    .contains(QStringLiteral("broken.bvh")));
        QVERIFY(summary.value(QStringLiteral("items_per_second")).toDouble() > 0.0);
        // The batch output equals a single run's.
        const QString single = dir.filePath(QStringLiteral("single.npy"));
        QCOMPARE(runArgs({"tokenize", a, "--model", model, "-o", single}).code, 0);
        QFile one(single), batch(out + QStringLiteral("/131_01.npy"));
        QVERIFY(one.open(QIODevice::ReadOnly) && batch.open(QIODevice::ReadOnly));
        QCOMPARE(batch.readAll(), one.readAll());
        // Again: refused without --resume; with it, the finished clips are skipped.
        QCOMPARE(runArgs({"tokenize", data, "--model", model, "--out", out}).code, 1);
        r = runArgs({"tokenize", data, "--model", model, "--out", out, "--resume"});
        QVERIFY2(r.out.contains(QLatin1String("0 written, 2 already done, 1 failed")), qPrintable(r.out));
        // Shards split the clips.
        const QString sharded = dir.filePath(QStringLiteral("features"));
        for (const char *shard : {"0/2", "1/2"})
            runArgs({"features", data, "--out", sharded, "--shard", shard});
        QVERIFY(QFile::exists(sharded + QStringLiteral("/summary.shard-0-of-2.json")));
        QVERIFY(QFile::exists(sharded + QStringLiteral("/summary.shard-1-of-2.json")));
        QVERIFY(QFile::exists(sharded + QStringLiteral("/131_01.npy")));
        QVERIFY(QFile::exists(sharded + QStringLiteral("/131_03.npy")));
        r = runArgs({"merge-summaries", sharded});
        QCOMPARE(r.code, 1); // the broken clip failed in one shard
        QVERIFY2(r.out.contains(QLatin1String("merged 2 shard summaries: 2 written")), qPrintable(r.out));
        QFile merged(sharded + QStringLiteral("/summary.json"));
        QVERIFY(merged.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(merged.readAll()).object().value(QStringLiteral("failed")).toInt(), 1);
        QVERIFY(QFile::remove(sharded + QStringLiteral("/summary.shard-1-of-2.json")));
        r = runArgs({"merge-summaries", sharded});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("shard 1 of 2 has no summary")), qPrintable(r.err));
        // The HumanML3D layout: features straight from new_joint_vecs; captions too.
        GM_REQUIRE_DATA(vecs, "humanml3d/new_joint_vecs/012314.npy");
        const QString captions = dir.filePath(QStringLiteral("captions"));
        r = runArgs({"caption", QFileInfo(vecs).path() + QStringLiteral("/.."), "--model", model, "--out", captions});
        QCOMPARE(r.code, 0);
        QFile text(captions + QStringLiteral("/012314.txt"));
        QVERIFY(text.open(QIODevice::ReadOnly));
        QVERIFY(text.readAll().trimmed().size() > 5);
        // Batched captions: the same files as one by one.
        const QString oneByOne = dir.filePath(QStringLiteral("one")), many = dir.filePath(QStringLiteral("many"));
        runArgs({"caption", data, "--model", model, "--out", oneByOne});
        r = runArgs({"caption", data, "--model", model, "--out", many, "--batch", "3"});
        QVERIFY2(r.out.contains(QLatin1String("2 written")), qPrintable(r.out));
        for (const char *id : {"131_01.txt", "131_03.txt"}) {
            QFile x(oneByOne + QLatin1Char('/') + QLatin1String(id)), y(many + QLatin1Char('/') + QLatin1String(id));
            QVERIFY(x.open(QIODevice::ReadOnly) && y.open(QIODevice::ReadOnly));
            QCOMPARE(y.readAll(), x.readAll());
        }
        // Batched tokens: the same files too.
        const QString tokensBatched = dir.filePath(QStringLiteral("tokens-batched"));
        r = runArgs({"tokenize", data, "--model", model, "--out", tokensBatched, "--batch", "2"});
        QVERIFY2(r.out.contains(QLatin1String("2 written")), qPrintable(r.out));
        QFile tb(tokensBatched + QStringLiteral("/131_01.npy")), ts(out + QStringLiteral("/131_01.npy"));
        QVERIFY(tb.open(QIODevice::ReadOnly) && ts.open(QIODevice::ReadOnly));
        QCOMPARE(tb.readAll(), ts.readAll());
        QCOMPARE(runArgs({"features", data, "--out", many, "--batch", "2"}).code, 2); // nothing to batch
        QCOMPARE(runArgs({"tokenize", data, "--model", model}).code, 2);              // no --out
        QCOMPARE(runArgs({"features", data, "--out", sharded, "--shard", "2/2"}).code, 2);
    }

    void synthCommandWithRealVariants()
    {
        GM_REQUIRE_DATA(walk, "bvh/cmu/131_01.bvh");
        QTemporaryDir dir;
        const QString list = dir.filePath(QStringLiteral("real.tsv"));
        {
            QFile f(list);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("# path, start, end, captions\n"
                    "bvh/cmu/131_01.bvh\t0\t0\ta person walks forward, turning left.|someone walks.\n");
        }
        const QString corpus = dir.filePath(QStringLiteral("corpus"));
        const QString root = QFileInfo(walk).absolutePath() + QStringLiteral("/../..");
        Run r = runArgs({"synth", "--out", corpus, "--clips", "6", "--seed", "3", "--real", list, "--real-root", root,
                         "--real-variants", "3"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("wrote 6 synthetic and 3 real clips")), qPrintable(r.out));
        auto caption = [&](const char *id) {
            QFile f(corpus + QStringLiteral("/texts/") + QLatin1String(id) + QStringLiteral(".txt"));
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readLine()).section(QLatin1Char('#'), 0, 0)
                                               : QString();
        };
        QCOMPARE(caption("R0000"), QStringLiteral("a person walks forward, turning left."));
        QCOMPARE(caption("R0001"), QStringLiteral("a person walks forward, turning right.")); // mirrored
        QCOMPARE(caption("R0002"), QStringLiteral("a person walks forward, turning left."));
        for (const char *id : {"R0000", "R0001", "R0002"})
            QVERIFY(QFile::exists(corpus + QStringLiteral("/new_joint_vecs/") + QLatin1String(id)
                                  + QStringLiteral(".npy")));
        QFile train(corpus + QStringLiteral("/train.txt"));
        QVERIFY(train.open(QIODevice::ReadOnly));
        const QString ids = QString::fromUtf8(train.readAll());
        QVERIFY(ids.contains(QStringLiteral("R0000")) && ids.contains(QStringLiteral("R0002")));
        QCOMPARE(runArgs({"synth", "--out", dir.filePath("other"), "--clips", "1", "--real-variants", "0"}).code, 2);
    }

    void trainCaptionerCommand()
    {
        GM_REQUIRE_DATA(a, "bvh/cmu/131_01.bvh");
        GM_REQUIRE_DATA(b, "bvh/cmu/131_03.bvh");
        GM_REQUIRE_DATA(encoder, "gpt2-tokenizer/encoder.json");
        QTemporaryDir dir;
        const QString corpus = dir.filePath(QStringLiteral("corpus"));
        QVERIFY(QDir().mkpath(corpus + QStringLiteral("/new_joint_vecs")));
        QVERIFY(QDir().mkpath(corpus + QStringLiteral("/texts")));
        const std::pair<QString, const char *> clips[]
            = {{a, "a person walks forward and stops."}, {b, "a person hops forward and stops."}};
        for (const auto &[path, caption] : clips) {
            const QString id = QFileInfo(path).completeBaseName();
            QCOMPARE(runArgs({"features", path, "-o", corpus + "/new_joint_vecs/" + id + ".npy"}).code, 0);
            QFile text(corpus + "/texts/" + id + ".txt");
            QVERIFY(text.open(QIODevice::WriteOnly));
            text.write(QByteArray(caption) + "#a/DET person/NOUN#0.0#0.0\n");
        }
        const QString dvq = dir.filePath(QStringLiteral("dvq")), model = dir.filePath(QStringLiteral("model"));
        QCOMPARE(runArgs({"train-tokenizer", corpus, "--out", dvq, "--codes", "8", "--width", "16", "--depth", "1",
                          "--epochs", "1", "--batch", "2"})
                     .code,
                 0);
        const QStringList train{"train-captioner", corpus,   "--dvq",       dvq,
                                "--out",           model,    "--tokenizer", QFileInfo(encoder).absolutePath(),
                                "--layers",        "1",      "--heads",     "2",
                                "--embedding",     "16",     "--positions", "64",
                                "--epochs",        "2",      "--batch",     "2",
                                "--loss-on",       "caption"};
        Run r = runArgs(train);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("trained: 2 epoch(s) on 2 clips (validation 1)")), qPrintable(r.out));
        QVERIFY(r.err.contains(QLatin1String("ETA")));
        r = runArgs({"caption", b, "--model", model, "--json", "--max-new-tokens", "5"});
        QCOMPARE(r.code, 0);
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().contains(QStringLiteral("caption")));
        QCOMPARE(runArgs(QStringList(train) << "--loss-on"
                                            << "everything")
                     .code,
                 2);
        QCOMPARE(runArgs({"train-captioner", corpus, "--out", model}).code, 2); // no --dvq
    }

    void convertUsageErrors_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad fps") << QStringList{"--fps", "abc"} << "--fps: expected a frame rate";
        QTest::newRow("zero fps") << QStringList{"--fps", "0"} << "--fps: expected a frame rate";
        QTest::newRow("bad skeleton") << QStringList{"--retarget", "smplx"} << "unknown skeleton 'smplx'";
    }

    void convertUsageErrors()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        GM_REQUIRE_DATA(path, "bvh/cmu/131_03.bvh");
        QTemporaryDir dir;
        const Run r = runArgs(QStringList{"convert", path, dir.filePath(QStringLiteral("o.bvh"))} + extra);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("Try 'geomotion convert --help'")));
        QCOMPARE(runArgs({"convert", path, dir.filePath(QStringLiteral("o.xyz"))}).code, 2);
    }

    // The real executable returns the same exit codes to the shell.
    void executableExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("--version") << QStringList{"--version"} << 0;
        QTest::newRow("--help") << QStringList{"--help"} << 0;
        QTest::newRow("bad option") << QStringList{"--nope"} << 2;
        QTest::newRow("bad command") << QStringList{"nope"} << 2;
    }

    void executableExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QProcess process;
        process.start(QStringLiteral(GM_GEOMOTION_EXE), args);
        QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), code);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
