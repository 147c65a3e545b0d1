// The studio's annotation import: BABEL and KIT-ML/TMR JSON (and CSV when the input starts like
// the studio's header), through readAnnotations as File ▸ Import Annotations calls it.
#include "core/annotationimport.h"
#include "fuzzinput.h"

#include <QCoreApplication>

#include <exception>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const bool csv = size >= 4 && std::string(reinterpret_cast<const char *>(data), 4) == "tier";
    const std::string path = gm::fuzz::writeInput(data, size, csv ? ".csv" : ".json");
    try {
        const auto segments = gm::app::readAnnotations(QString::fromStdString(path));
        (void)segments.size();
    } catch (const std::exception &) {
    }
    return 0;
}
