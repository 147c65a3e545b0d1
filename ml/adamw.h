#pragma once

// Internal to gm_ml (LibTorch types): the AdamW both trainers use, as torch.optim.AdamW
// (decoupled weight decay, bias-corrected moments), with its moments in plain named tensors so
// that a trainer's whole state saves to safetensors and a resumed run continues bit for bit.

#include <ATen/ATen.h>

#include <string>
#include <vector>

namespace gm::ml {

struct AdamW
{
    struct Entry
    {
        std::string name;
        at::Tensor parameter, m, v;
        double lrScale = 1.0;
        double weightDecay = 0.0;
    };
    double beta1 = 0.9;
    double beta2 = 0.999;
    double eps = 1e-8;
    std::vector<Entry> entries;
    long long step = 0;

    /// Adds a parameter (it is made to require gradients) with zero moments.
    void add(const std::string &name, at::Tensor &parameter, double weightDecay, double lrScale = 1.0);
    void zeroGrad();
    /// One step at this learning rate. A parameter without a gradient is left alone; one whose
    /// gradient is zero still decays, as in PyTorch.
    void update(double lr);

    /// Every parameter and both moments ("param.", "m.", "v." + name) to a safetensors file.
    void save(const std::string &path) const;
    /// The tensors save() wrote, every name and shape checked. Throws ModelError.
    void restore(const std::string &path);

    /// A trainer's resume point in `folder`: save() to trainer_state.safetensors, and the epoch to
    /// start from, the step count and the best validation so far in trainer_state.json.
    void checkpoint(const std::string &folder, int nextEpoch, double best) const;
    /// Restores a checkpoint(); false (nothing changed) when the folder holds none.
    bool resume(const std::string &folder, int &nextEpoch, double &best);
};

/// A float tensor's values (moved to the CPU, contiguous).
std::vector<float> tensorValues(const at::Tensor &t);

} // namespace gm::ml
