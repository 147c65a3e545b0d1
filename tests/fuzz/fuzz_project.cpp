// Opening a project file: the studio's store (QtSql) and the Qt-free reader (SQLite's C API)
// must refuse anything that is not a sound project of a known schema, never crash on it, and
// leave a refused file as it was.
#include "core/projectstore.h"
#include "fuzzinput.h"
#include "project/projectfile.h"

#include <QCoreApplication>

#include <exception>
#include <fstream>
#include <iterator>
#include <memory>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string path = gm::fuzz::writeInput(data, size, ".gmproj");
    bool refused = true;
    try {
        if (std::unique_ptr<gm::app::ProjectStore> store = gm::app::ProjectStore::open(QString::fromStdString(path))) {
            refused = false; // a project of an older schema is migrated: it may change
            (void)store->clips();
            (void)store->tiers();
        }
    } catch (const std::exception &) {
    }
    try {
        if (std::unique_ptr<gm::project::ProjectFile> file = gm::project::ProjectFile::open(path))
            (void)file->clips();
    } catch (const std::exception &) {
    }
    if (!refused)
        return 0;
    // A refused file is as it was: a failed open must not "repair" or stamp it.
    std::ifstream in(path, std::ios::binary);
    const std::string after((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (after.size() < size || std::string(reinterpret_cast<const char *>(data), size) != after.substr(0, size))
        __builtin_trap();
    return 0;
}
