#include "ml/dataset.h"

#include "io/motionreader.h"
#include "io/npy.h"
#include "ml/features.h"
#include "ml/modelerror.h"

#include <algorithm>
#include <filesystem>

namespace gm::ml {

namespace fs = std::filesystem;

std::vector<DatasetItem> listDataset(const std::string &folder)
{
    const fs::path data(folder);
    std::error_code ec;
    if (!fs::is_directory(data, ec))
        throw ModelError(folder, "no such data folder");
    std::vector<DatasetItem> items;
    const fs::path vecs = data / "new_joint_vecs";
    if (fs::is_directory(vecs, ec)) {
        for (const auto &e : fs::directory_iterator(vecs))
            if (e.path().extension() == ".npy")
                items.push_back({e.path().stem().string(), e.path().string(), true});
    } else {
        for (auto it = fs::recursive_directory_iterator(data, fs::directory_options::skip_permission_denied, ec);
             it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec)
                break;
            const fs::path &p = it->path();
            if (!it->is_regular_file(ec) || p.filename().string().front() == '.')
                continue;
            try {
                if (motion::FormatRegistry::builtin().readerFor(p.string()))
                    items.push_back({p.stem().string(), p.string(), false});
            } catch (const std::exception &) {
                // An unreadable file is not a dataset item; reading it would only fail later.
            }
        }
    }
    std::sort(items.begin(), items.end(), [](const DatasetItem &a, const DatasetItem &b) { return a.path < b.path; });
    return items;
}

std::vector<float> datasetFeatures(const DatasetItem &item, int dim, int &rows)
{
    rows = 0;
    if (item.features) {
        const motion::NpyArray a = motion::readNpy(item.path);
        if (a.shape.size() != 2 || a.shape[1] != std::size_t(dim))
            throw ModelError(item.path, "expected features [T, " + std::to_string(dim) + "], got " + a.describe());
        rows = int(a.shape[0]);
        return a.toFloat32();
    }
    return clipFeatures(motion::FormatRegistry::builtin().read(item.path), rows);
}

} // namespace gm::ml
