#pragma once

#include <functional>
#include <iosfwd>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace gm::cli {

/// Process exit codes of `geomotion`.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, ///< the command ran and failed (bad file, model error, ...)
    ExitUsage = 2,   ///< the command line itself is wrong
};

/// Thrown by a command when an option's value is wrong (e.g. `--fps abc`): reported like a parser
/// error, with exit status 2.
class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// One option of a command. An empty valueName makes it a flag.
struct OptionSpec
{
    std::string name;      ///< long name without dashes: "out" for --out
    char shortName = 0;    ///< 0 for none
    std::string valueName; ///< "DIR" for --out DIR; empty for a flag
    std::string help;
    std::string defaultValue; ///< shown in help; returned by ParsedArgs::value()
};

/// The result of parsing one command's arguments.
class ParsedArgs
{
public:
    bool has(const std::string &name) const;
    /// The option's value, else its spec default, else `fallback`.
    std::string value(const std::string &name, const std::string &fallback = {}) const;
    const std::vector<std::string> &positionals() const { return mPositionals; }

private:
    friend class CommandLine;
    std::map<std::string, std::string> mValues; ///< flags map to ""
    std::map<std::string, std::string> mDefaults;
    std::vector<std::string> mPositionals;
};

struct Io
{
    std::ostream &out;
    std::ostream &err;
};

/// One subcommand: its table row. Every option and its help live here and nowhere else.
struct CommandSpec
{
    std::string name;
    std::string summary;     ///< one line, for the command list
    std::string arguments;   ///< positional synopsis, e.g. "FILE..."
    std::string description; ///< paragraphs for `geomotion help NAME`
    std::vector<OptionSpec> options;
    std::size_t minPositionals = 0;
    std::size_t maxPositionals = 0;
    std::function<int(const ParsedArgs &, Io &)> run;
};

/// Parses and dispatches a command line against a command table. Global options are --help/-h
/// and --version/-V; `help [COMMAND]` and `COMMAND --help` print help. Usage errors print a
/// message naming the problem and a hint, and return ExitUsage.
class CommandLine
{
public:
    CommandLine(std::string program, std::string about, std::vector<CommandSpec> commands,
                std::function<std::string()> versionText);

    int run(const std::vector<std::string> &args, Io &io) const;

    std::string usage() const;
    std::string commandHelp(const CommandSpec &command) const;
    const CommandSpec *find(const std::string &name) const;

private:
    int usageError(Io &io, const std::string &message, const CommandSpec *command) const;

    std::string mProgram;
    std::string mAbout;
    std::vector<CommandSpec> mCommands;
    std::function<std::string()> mVersionText;
};

} // namespace gm::cli
