#pragma once

#include "io/motionreader.h"

namespace gm::motion {

/// HumanML3D and KIT-ML motion arrays (.npy): joints [T,22,3] / [T,21,3] and features [T,263] /
/// [T,251] (joints recovered with recover_from_ric, spec §1.4). The clip is positions-only on the
/// t2m (or KIT) skeleton at 20 (12.5) fps. When the file sits in a dataset layout
/// (`<root>/new_joints/ID.npy` or `<root>/new_joint_vecs/ID.npy`) the captions of
/// `<root>/texts/ID.txt` (`caption#tokens#start#end`) come with it.
class HumanMl3dReader : public MotionReader
{
public:
    std::string name() const override { return "HumanML3D"; }
    std::string description() const override { return "HumanML3D / KIT-ML joints or features"; }
    std::vector<std::string> extensions() const override { return {"npy"}; }
    bool canRead(std::string_view head) const override;
    MotionClip read(const std::string &path, const ReadOptions &options = {}) const override;
};

/// Parses a HumanML3D texts file: one `caption#tokens#start#end` per line (start/end in seconds,
/// 0 and 0 for the whole clip). Malformed lines are skipped and reported in `warnings`.
std::vector<Caption> parseHumanMl3dTexts(const std::string &text, std::vector<std::string> &warnings);

/// The ids of a split list (train.txt, val.txt, test.txt: one id per line, surrounding blanks
/// dropped); empty when the file does not exist.
std::vector<std::string> readHumanMl3dSplit(const std::string &path);

/// Writes [T,22,3] (or [T,21,3]) joint positions of a positions-only clip on the t2m/KIT skeleton
/// as float32 .npy, atomically. Throws MotionFileError for any other clip.
void writeHumanMl3dJoints(const MotionClip &clip, const std::string &path);

} // namespace gm::motion
