#pragma once

// Walking a dataset folder: the HumanML3D / KIT-ML layout (features in new_joint_vecs/*.npy) or
// any folder of motion files the readers know (through retargeting and the feature pipeline).
// Qt-free and LibTorch-free: the trainers, the batch commands and the studio share it.

#include <string>
#include <vector>

namespace gm::ml {

struct DatasetItem
{
    std::string id;        ///< the file's stem
    std::string path;      ///< the file
    bool features = false; ///< a new_joint_vecs .npy (features) rather than a motion file
};

/// The items of a folder, sorted by path: <folder>/new_joint_vecs/*.npy when that folder exists,
/// otherwise every file below <folder> (hidden ones skipped) that a reader claims. Throws
/// ModelError when the folder does not exist.
std::vector<DatasetItem> listDataset(const std::string &folder);

/// The item's features [rows × dim] row-major: the .npy as stored (its shape checked against
/// [T, dim]), or the motion file read, retargeted to t2m at 20 fps and run through the feature
/// pipeline. Throws (MotionFileError, ModelError, std::invalid_argument) naming the file.
std::vector<float> datasetFeatures(const DatasetItem &item, int dim, int &rows);

} // namespace gm::ml
