// gm_ml's runtime facade: versions, devices and the thread policy.

#include "ml/runtime.h"

#include <gm/version.h>

#include <QTest>

class TestRuntime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void componentVersions()
    {
        const auto versions = gm::ml::componentVersions();
        QCOMPARE(versions.size(), std::size_t(3));
        QCOMPARE(versions[0].first, std::string("GeoMotion"));
        QCOMPARE(versions[0].second, std::string(gm::kVersion));
        QCOMPARE(versions[1].first, std::string("LibTorch"));
        QCOMPARE(versions[1].second, gm::ml::runtimeInfo().torchVersion);
        QCOMPARE(versions[2].first, std::string("Assimp"));
        // "major.minor.patch" with numeric parts.
        const QStringList parts = QString::fromStdString(versions[2].second).split(QLatin1Char('.'));
        QCOMPARE(parts.size(), 3);
        for (const QString &p : parts) {
            bool ok = false;
            p.toInt(&ok);
            QVERIFY2(ok, qPrintable(p));
        }
    }

    void configureThreadsOnce()
    {
        gm::ml::configureThreads(1);
        QCOMPARE(gm::ml::runtimeInfo().intraOpThreads, 1);
        gm::ml::configureThreads(2); // ignored: the policy is set once per process
        QCOMPARE(gm::ml::runtimeInfo().intraOpThreads, 1);
    }

    void runtimeInfoIsConsistent()
    {
        const gm::ml::RuntimeInfo info = gm::ml::runtimeInfo();
        QVERIFY(info.interOpThreads >= 1);
        QVERIFY(!info.parallelInfo.empty());
        QCOMPARE(info.cudaDeviceCount > 0, info.cudaAvailable);
    }
};

QTEST_GUILESS_MAIN(TestRuntime)
#include "test_runtime.moc"
