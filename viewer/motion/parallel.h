#pragma once

#include <cstddef>
#include <functional>

namespace gm::motion {

/// The number of worker threads parallelFor() uses at most: the hardware's concurrency, at least 1
/// and at most 16.
int workerThreads();

/// Calls `body(begin, end)` on consecutive, disjoint ranges that cover [0, count), on up to
/// workerThreads() threads (the calling thread is one of them). Ranges hold at least `minPerRange`
/// items, so small jobs run inline on the calling thread with no thread started. The first
/// exception a range throws (in range order) is rethrown after every range has finished.
void parallelFor(std::size_t count, std::size_t minPerRange,
                 const std::function<void(std::size_t begin, std::size_t end)> &body);

} // namespace gm::motion
