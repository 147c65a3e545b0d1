#pragma once

// The body of every benchmark program's main(): Google Benchmark's initialise, argument check,
// run and shutdown. Returns the exit status (1 for an unrecognised argument).

#include <benchmark/benchmark.h>

namespace gm::bench {

inline int runBenchmarks(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    int status = 0;
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        status = 1;
    else
        benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return status;
}

} // namespace gm::bench
