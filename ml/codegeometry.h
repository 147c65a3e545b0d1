#pragma once

// The geometry of a codebook and of the language model's motion-token rows, in plain C++ (no
// LibTorch): what the studio's geometry views plot and the CLI can report.

#include <glm/vec3.hpp>

#include <vector>

namespace gm::ml {

/// Cosine similarities of `n` rows of width `dim` (row-major) → [n × n] row-major. A zero row
/// has cosine 0 with every row, itself included.
std::vector<float> cosineGram(const std::vector<float> &rows, int n, int dim);

/// mean((G − I)²) over all n² entries of a cosine Gram matrix: the DVQ's codebook orthogonality
/// term (spec §2.9). 0 for orthonormal rows.
double orthogonalityScore(const std::vector<float> &gram, int n);

/// Rows projected onto their first two principal axes.
struct Projection2d
{
    std::vector<float> xy;        ///< [n × 2] row-major
    double explained[2] = {0, 0}; ///< the fraction of the total variance on each axis
};

/// PCA to 2-D: rows centred, the two leading eigenvectors of the covariance by power iteration
/// with deflation (deterministic: a fixed start, each axis's sign chosen so that its largest
/// component is positive). Throws std::invalid_argument for a size mismatch.
Projection2d principalComponents2d(const std::vector<float> &rows, int n, int dim);

/// Rotates (and if that fits better, reflects) `moving` [n × 2] about the origin onto
/// `reference` [n × 2] in the least-squares sense (orthogonal Procrustes) and scales it to the
/// reference's RMS radius, so two projections of corresponding points can share one plot.
/// Returns the transformed points.
std::vector<float> alignProcrustes2d(const std::vector<float> &reference, const std::vector<float> &moving);

/// exp of the entropy of the usage distribution (0 when nothing was counted).
double usagePerplexity(const std::vector<long long> &usage);

/// Mean joint distance of each frame between two [frames × joints] sequences (metres); with
/// `aligned`, each frame's first joint (the pelvis) is moved to the origin first (MoMask's MPJPE).
std::vector<double> frameJointErrors(const std::vector<glm::vec3> &a, const std::vector<glm::vec3> &b, int frames,
                                     int joints, bool aligned);

} // namespace gm::ml
