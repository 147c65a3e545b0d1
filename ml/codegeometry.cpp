#include "ml/codegeometry.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace gm::ml {

namespace {

void checkRows(const std::vector<float> &rows, int n, int dim, const char *what)
{
    if (n < 0 || dim < 1 || rows.size() != std::size_t(n) * std::size_t(dim))
        throw std::invalid_argument(std::string(what) + ": expected " + std::to_string(n) + " × " + std::to_string(dim)
                                    + " values, got " + std::to_string(rows.size()));
}

} // namespace

std::vector<float> cosineGram(const std::vector<float> &rows, int n, int dim)
{
    checkRows(rows, n, dim, "cosineGram");
    std::vector<double> norms(std::size_t(n), 0.0);
    for (int i = 0; i < n; ++i) {
        double s = 0.0;
        for (int k = 0; k < dim; ++k) {
            const double v = rows[std::size_t(i) * std::size_t(dim) + std::size_t(k)];
            s += v * v;
        }
        norms[std::size_t(i)] = std::sqrt(s);
    }
    std::vector<float> gram(std::size_t(n) * std::size_t(n), 0.0f);
    for (int i = 0; i < n; ++i)
        for (int j = i; j < n; ++j) {
            const double denominator = norms[std::size_t(i)] * norms[std::size_t(j)];
            if (!(denominator > 0.0))
                continue;
            double dot = 0.0;
            const float *a = rows.data() + std::size_t(i) * std::size_t(dim);
            const float *b = rows.data() + std::size_t(j) * std::size_t(dim);
            for (int k = 0; k < dim; ++k)
                dot += double(a[k]) * double(b[k]);
            const float c = float(std::clamp(dot / denominator, -1.0, 1.0));
            gram[std::size_t(i) * std::size_t(n) + std::size_t(j)] = c;
            gram[std::size_t(j) * std::size_t(n) + std::size_t(i)] = c;
        }
    return gram;
}

double orthogonalityScore(const std::vector<float> &gram, int n)
{
    checkRows(gram, n, std::max(n, 1), "orthogonalityScore");
    if (n == 0)
        return 0.0;
    double sum = 0.0;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            const double d = double(gram[std::size_t(i) * std::size_t(n) + std::size_t(j)]) - (i == j ? 1.0 : 0.0);
            sum += d * d;
        }
    return sum / (double(n) * double(n));
}

Projection2d principalComponents2d(const std::vector<float> &rows, int n, int dim)
{
    checkRows(rows, n, dim, "principalComponents2d");
    Projection2d out;
    out.xy.assign(std::size_t(n) * 2, 0.0f);
    if (n < 2)
        return out;
    const std::size_t D = std::size_t(dim);
    std::vector<double> x(rows.begin(), rows.end());
    for (std::size_t k = 0; k < D; ++k) {
        double mean = 0.0;
        for (int i = 0; i < n; ++i)
            mean += x[std::size_t(i) * D + k];
        mean /= n;
        for (int i = 0; i < n; ++i)
            x[std::size_t(i) * D + k] -= mean;
    }
    double total = 0.0;
    for (double v : x)
        total += v * v;
    if (!(total > 0.0))
        return out;

    // C·v = Xᵀ(X·v): the covariance (up to 1/n) is never formed.
    auto multiply = [&](const std::vector<double> &v) {
        std::vector<double> xv(std::size_t(n), 0.0), result(D, 0.0);
        for (int i = 0; i < n; ++i) {
            double s = 0.0;
            for (std::size_t k = 0; k < D; ++k)
                s += x[std::size_t(i) * D + k] * v[k];
            xv[std::size_t(i)] = s;
        }
        for (int i = 0; i < n; ++i)
            for (std::size_t k = 0; k < D; ++k)
                result[k] += x[std::size_t(i) * D + k] * xv[std::size_t(i)];
        return result;
    };
    auto normalise = [](std::vector<double> &v) {
        double s = 0.0;
        for (double e : v)
            s += e * e;
        s = std::sqrt(s);
        if (s > 0.0)
            for (double &e : v)
                e /= s;
        return s;
    };
    std::vector<std::vector<double>> axes;
    for (int axis = 0; axis < 2; ++axis) {
        std::vector<double> v(D);
        for (std::size_t k = 0; k < D; ++k)
            v[k] = 1.0 + 0.01 * double((k * 7919 + std::size_t(axis) * 104729) % 101);
        double eigenvalue = 0.0;
        for (int iteration = 0; iteration < 500; ++iteration) {
            for (const std::vector<double> &a : axes) {
                double dot = 0.0;
                for (std::size_t k = 0; k < D; ++k)
                    dot += a[k] * v[k];
                for (std::size_t k = 0; k < D; ++k)
                    v[k] -= dot * a[k];
            }
            normalise(v);
            std::vector<double> next = multiply(v);
            for (const std::vector<double> &a : axes) {
                double dot = 0.0;
                for (std::size_t k = 0; k < D; ++k)
                    dot += a[k] * next[k];
                for (std::size_t k = 0; k < D; ++k)
                    next[k] -= dot * a[k];
            }
            const double previous = eigenvalue;
            eigenvalue = normalise(next);
            double change = 0.0;
            for (std::size_t k = 0; k < D; ++k)
                change = std::max(change, std::abs(next[k] - v[k]));
            v = std::move(next);
            if (iteration > 10 && change < 1e-10 && std::abs(eigenvalue - previous) <= 1e-12 * eigenvalue)
                break;
        }
        std::size_t largest = 0;
        for (std::size_t k = 1; k < D; ++k)
            if (std::abs(v[k]) > std::abs(v[largest]))
                largest = k;
        if (v[largest] < 0.0)
            for (double &e : v)
                e = -e;
        out.explained[axis] = eigenvalue / total;
        axes.push_back(std::move(v));
    }
    for (int i = 0; i < n; ++i)
        for (int axis = 0; axis < 2; ++axis) {
            double s = 0.0;
            for (std::size_t k = 0; k < D; ++k)
                s += x[std::size_t(i) * D + k] * axes[std::size_t(axis)][k];
            out.xy[std::size_t(i) * 2 + std::size_t(axis)] = float(s);
        }
    return out;
}

std::vector<float> alignProcrustes2d(const std::vector<float> &reference, const std::vector<float> &moving)
{
    if (reference.size() != moving.size() || reference.size() % 2 != 0)
        throw std::invalid_argument("alignProcrustes2d: expected two [n × 2] point sets of one size, got "
                                    + std::to_string(reference.size()) + " and " + std::to_string(moving.size())
                                    + " values");
    const std::size_t n = reference.size() / 2;
    // The best rotation R(θ) for Σ ‖r − s·R·m‖² has tan θ = Σ(m × r) / Σ(m · r) whatever s is;
    // the reflection (y → −y first) is tried too and the better one kept. The scale makes the
    // two sets equally spread (RMS radius) rather than minimising the residual, which would
    // shrink a weakly related set towards the origin.
    auto radius = [n](const std::vector<float> &p) {
        double sum = 0.0;
        for (float v : p)
            sum += double(v) * double(v);
        return n > 0 ? std::sqrt(sum / double(n)) : 0.0;
    };
    const double rm = radius(moving);
    const double scale = rm > 0.0 ? radius(reference) / rm : 0.0;
    auto fit = [&](double flip, double &cost) {
        double dot = 0.0, cross = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            const double mx = moving[2 * i], my = flip * moving[2 * i + 1];
            const double rx = reference[2 * i], ry = reference[2 * i + 1];
            dot += mx * rx + my * ry;
            cross += mx * ry - my * rx;
        }
        const double theta = std::atan2(cross, dot);
        const double c = std::cos(theta) * scale, s = std::sin(theta) * scale;
        std::vector<float> out(reference.size());
        cost = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            const double mx = moving[2 * i], my = flip * moving[2 * i + 1];
            const double x = c * mx - s * my, y = s * mx + c * my;
            out[2 * i] = float(x);
            out[2 * i + 1] = float(y);
            cost += (x - reference[2 * i]) * (x - reference[2 * i])
                    + (y - reference[2 * i + 1]) * (y - reference[2 * i + 1]);
        }
        return out;
    };
    double rotated = 0.0, reflected = 0.0;
    std::vector<float> a = fit(1.0, rotated);
    std::vector<float> b = fit(-1.0, reflected);
    return reflected < rotated ? b : a;
}

double usagePerplexity(const std::vector<long long> &usage)
{
    long long total = 0;
    for (long long u : usage)
        total += std::max(u, 0LL);
    if (total == 0)
        return 0.0;
    double entropy = 0.0;
    for (long long u : usage)
        if (u > 0)
            entropy -= double(u) / double(total) * std::log(double(u) / double(total));
    return std::exp(entropy);
}

std::vector<double> frameJointErrors(const std::vector<glm::vec3> &a, const std::vector<glm::vec3> &b, int frames,
                                     int joints, bool aligned)
{
    const std::size_t need = std::size_t(std::max(frames, 0)) * std::size_t(std::max(joints, 0));
    if (joints < 1 || a.size() < need || b.size() < need)
        throw std::invalid_argument("frameJointErrors: expected " + std::to_string(frames) + " × "
                                    + std::to_string(joints) + " joints in each, got " + std::to_string(a.size())
                                    + " and " + std::to_string(b.size()));
    std::vector<double> errors(std::size_t(std::max(frames, 0)), 0.0);
    const std::size_t J = std::size_t(joints);
    for (std::size_t t = 0; t < errors.size(); ++t) {
        const glm::vec3 pa = aligned ? a[t * J] : glm::vec3(0.0f);
        const glm::vec3 pb = aligned ? b[t * J] : glm::vec3(0.0f);
        double sum = 0.0;
        for (std::size_t j = 0; j < J; ++j)
            sum += double(glm::length((a[t * J + j] - pa) - (b[t * J + j] - pb)));
        errors[t] = sum / double(J);
    }
    return errors;
}

} // namespace gm::ml
