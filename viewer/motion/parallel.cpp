#include "motion/parallel.h"

#include <algorithm>
#include <exception>
#include <thread>
#include <vector>

namespace gm::motion {

int workerThreads()
{
    const unsigned hardware = std::thread::hardware_concurrency();
    return int(std::clamp(hardware, 1u, 16u));
}

void parallelFor(std::size_t count, std::size_t minPerRange,
                 const std::function<void(std::size_t begin, std::size_t end)> &body)
{
    if (count == 0)
        return;
    const std::size_t byWork = count / std::max<std::size_t>(minPerRange, 1);
    const std::size_t ranges = std::clamp<std::size_t>(byWork, 1, std::size_t(workerThreads()));
    if (ranges == 1) {
        body(0, count);
        return;
    }
    std::vector<std::exception_ptr> errors(ranges);
    auto run = [&](std::size_t r) {
        try {
            body(count * r / ranges, count * (r + 1) / ranges);
        } catch (...) {
            errors[r] = std::current_exception();
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(ranges - 1);
    for (std::size_t r = 1; r < ranges; ++r)
        threads.emplace_back(run, r);
    run(0);
    for (std::thread &t : threads)
        t.join();
    for (const std::exception_ptr &e : errors)
        if (e)
            std::rethrow_exception(e);
}

} // namespace gm::motion
