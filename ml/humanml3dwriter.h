#pragma once

#include "ml/features.h"

#include <glm/glm.hpp>

#include <map>
#include <string>
#include <vector>

namespace gm::ml {

/// One line of a HumanML3D texts/<id>.txt file.
struct CaptionLine
{
    std::string caption;
    double start = 0.0; ///< seconds; 0 and 0: the whole clip
    double end = 0.0;
};

/// `caption#tokens#start#end`. HumanML3D's tokens are `word/POS` from spaCy; with no tagger here
/// every word is lower-cased, stripped of punctuation and tagged `X` (Universal Dependencies'
/// "other"): `a/X person/X walks/X`. Nothing in GeoMotionGPT reads the tags.
std::string humanMl3dTextLine(const CaptionLine &line);

/// Writes a HumanML3D-layout folder: new_joints/<id>.npy [T−1, 22, 3] (the joints recovered from
/// the features, as HumanML3D's own), new_joint_vecs/<id>.npy [T−1, 263], texts/<id>.txt, then
/// the split lists (<split>.txt and all.txt) and Mean.npy / Std.npy of the train split. Every
/// file is written atomically.
class HumanMl3dWriter
{
public:
    /// Throws std::runtime_error when the folder exists and is not empty, unless overwrite.
    explicit HumanMl3dWriter(std::string folder, bool overwrite = false);

    /// Joints [frames × 22] on the t2m skeleton (metres, Y up, 20 fps). The id must be a plain
    /// file name ([A-Za-z0-9_.-], not starting with '.'). Returns the feature rows written.
    /// Throws std::invalid_argument for a bad id, a repeated id or joints computeFeatures refuses.
    int add(const std::string &id, const std::vector<glm::vec3> &joints, int frames,
            const std::vector<CaptionLine> &captions);
    /// Writes the lists (split name → ids; each id must have been added) and the statistics of
    /// the "train" split (all clips when there is none).
    void finish(const std::map<std::string, std::vector<std::string>> &splits);

    const std::string &folder() const { return mFolder; }

private:
    std::string mFolder;
    std::map<std::string, FeatureStatistics> mStatistics; ///< per clip: Mean/Std follow the splits
};

} // namespace gm::ml
