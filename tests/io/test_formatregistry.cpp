// The format registry: every motion file in the shared data goes to the right reader by
// extension and content, the file-dialog filter lists every format, and files nobody can read get
// an error naming the file.

#include "common/gmtest.h"
#include "io/fileutil.h"
#include "io/motionreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

using namespace gm::motion;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TestFormatRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBuiltinFormatIsRegistered()
    {
        std::vector<std::string> names;
        for (const auto &reader : FormatRegistry::builtin().readers())
            names.push_back(reader->name());
        for (const char *expected : {"BVH", "HumanML3D", "AMASS", "FBX", "glTF", "COLLADA"})
            QVERIFY2(std::find(names.begin(), names.end(), expected) != names.end(), expected);
    }

    void fileDialogFilter()
    {
        const QString filter = QString::fromStdString(FormatRegistry::builtin().fileDialogFilter());
        const QStringList parts = filter.split(QStringLiteral(";;"));
        QVERIFY2(parts.first().startsWith(QLatin1String("Motion files (")), qPrintable(filter));
        for (const char *ext : {"*.bvh", "*.npy", "*.npz", "*.fbx", "*.gltf", "*.glb", "*.dae"})
            QVERIFY2(parts.first().contains(QLatin1String(ext)), ext);
        QCOMPARE(parts.last(), QStringLiteral("All files (*)"));
        QVERIFY(parts.contains(QStringLiteral("BVH - Biovision hierarchy (*.bvh)")));
        // One entry per reader, plus "Motion files" and "All files".
        QCOMPARE(parts.size(), int(FormatRegistry::builtin().readers().size()) + 2);
    }

    void probesRealFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reader");
        QTest::addColumn<QString>("format");
        QTest::newRow("BVH") << "bvh/cmu/01_01.bvh"
                             << "BVH"
                             << "BVH";
        QTest::newRow("BVH, tabs") << "bvh/misc/test_mocapbank.bvh"
                                   << "BVH"
                                   << "BVH";
        QTest::newRow("FBX") << "fbx/cmu/09_11_cmu.fbx"
                             << "FBX"
                             << "FBX";
        QTest::newRow("FBX, skinned") << "fbx/assimp/huesitos.fbx"
                                      << "FBX"
                                      << "FBX";
        QTest::newRow("glTF") << "gltf/RiggedSimple/RiggedSimple.gltf"
                              << "glTF"
                              << "glTF";
        QTest::newRow("GLB") << "gltf/CesiumMan.glb"
                             << "glTF"
                             << "glTF";
        QTest::newRow("HumanML3D joints") << "humanml3d/new_joints/012314.npy"
                                          << "HumanML3D"
                                          << "HumanML3D joints";
        QTest::newRow("HumanML3D features") << "humanml3d/new_joint_vecs/012314.npy"
                                            << "HumanML3D"
                                            << "HumanML3D features";
    }

    void probesRealFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, reader);
        QFETCH(QString, format);
        const QString path = gm::test::dataPath(file);
        if (path.isEmpty())
            QFAIL(qPrintable(gm::test::missingDataMessage(file)));
        const MotionReader *r = FormatRegistry::builtin().readerFor(path.toStdString());
        QVERIFY(r);
        QCOMPARE(QString::fromStdString(r->name()), reader);
        const MotionClip clip = FormatRegistry::builtin().read(path.toStdString());
        QVERIFY(clip.frameCount() > 0);
        QCOMPARE(QString::fromStdString(clip.info.format), format);
        QCOMPARE(clip.info.sourcePath, path.toStdString());
    }

    // AMASS (a fixture built with numpy: no AMASS file may be shipped) and COLLADA (content
    // sniffing on the XML root element).
    void probesAmassAndCollada()
    {
        const FormatRegistry &registry = FormatRegistry::builtin();
        const std::string amass = GM_FIXTURES_DIR "/amass_smplh.npz";
        QCOMPARE(registry.readerFor(amass)->name(), std::string("AMASS"));
        const MotionClip clip = registry.read(amass);
        QCOMPARE(clip.info.format, std::string("AMASS"));
        QCOMPARE(clip.jointCount(), 22);
        QTemporaryDir dir;
        const QString dae = writeFile(dir, QStringLiteral("scene.xml"),
                                      "<?xml version=\"1.0\"?>\n<COLLADA xmlns=\"http://www.collada.org/2005/11/"
                                      "COLLADASchema\" version=\"1.4.1\">\n</COLLADA>\n");
        QCOMPARE(registry.readerFor(dae.toStdString())->name(), std::string("COLLADA"));
    }

    void contentWinsOverAWrongExtension()
    {
        GM_REQUIRE_DATA(bvh, "bvh/cmu/131_03.bvh");
        GM_REQUIRE_DATA(glb, "gltf/CesiumMan.glb");
        QTemporaryDir dir;
        QFile::copy(bvh, dir.filePath(QStringLiteral("take.txt")));
        QFile::copy(glb, dir.filePath(QStringLiteral("man.fbx")));
        const FormatRegistry &registry = FormatRegistry::builtin();
        QCOMPARE(registry.readerFor(dir.filePath(QStringLiteral("take.txt")).toStdString())->name(),
                 std::string("BVH"));
        QCOMPARE(registry.readerFor(dir.filePath(QStringLiteral("man.fbx")).toStdString())->name(),
                 std::string("glTF"));
        QCOMPARE(registry.read(dir.filePath(QStringLiteral("take.txt")).toStdString()).frameCount(), 1102);
    }

    void unreadableFilesNameTheProblem_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown content") << "notes.txt" << QByteArray("shopping list\n") << "not a motion file";
        QTest::newRow("empty BVH") << "empty.bvh" << QByteArray() << "empty.bvh: ";
        QTest::newRow("empty FBX") << "empty.fbx" << QByteArray() << "empty.fbx: empty file";
        QTest::newRow("text in .npy") << "joints.npy" << QByteArray("hello") << "joints.npy: ";
        QTest::newRow("text in .npz") << "motion.npz" << QByteArray("hello") << "motion.npz: ";
    }

    void unreadableFilesNameTheProblem()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = writeFile(dir, name, bytes);
        QVERIFY(!path.isEmpty());
        try {
            FormatRegistry::builtin().read(path.toStdString());
            QFAIL("read() accepted an unreadable file");
        } catch (const MotionFileError &e) {
            QCOMPARE(QString::fromStdString(e.path()), path);
            QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
        }
    }

    void missingFile()
    {
        try {
            FormatRegistry::builtin().read("/nonexistent/take.bvh");
            QFAIL("read() accepted a missing file");
        } catch (const MotionFileError &e) {
            QCOMPARE(e.path(), std::string("/nonexistent/take.bvh"));
        }
    }
};

QTEST_GUILESS_MAIN(TestFormatRegistry)
#include "test_formatregistry.moc"
