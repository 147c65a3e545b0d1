#pragma once

// Internal to gm_cli: `geomotion model install|list|info|remove` (gm_models).

#include "cli/commandline.h"

#include <string>
#include <vector>

namespace gm::cli {

/// Appends the `model` command to the table.
void addModelCommands(std::vector<CommandSpec> &commands);

/// What a --model value names: a path as given, or, when no such file or folder exists and it is
/// a model name, that installed model's folder (geomotion model install).
std::string resolveModelArgument(const std::string &value);

} // namespace gm::cli
