#pragma once

#include "cli/commandline.h"

namespace gm::cli {

/// The `geomotion` command table: every subcommand, its options and its help.
CommandLine geomotionCommandLine();

/// `geomotion ARGS...` as a function (args without the program name).
int runGeomotion(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace gm::cli
