#include "cli/commandline.h"

#include <algorithm>
#include <ostream>
#include <sstream>
#include <stdexcept>

namespace gm::cli {

namespace {

bool isHelp(const std::string &arg)
{
    return arg == "--help" || arg == "-h";
}

std::string optionSynopsis(const OptionSpec &option)
{
    std::string s = option.shortName ? std::string("-") + option.shortName + ", " : std::string("    ");
    s += "--" + option.name;
    if (!option.valueName.empty())
        s += ' ' + option.valueName;
    return s;
}

// Prints rows of "left  right" with the right column aligned.
void printTable(std::ostream &out, const std::vector<std::pair<std::string, std::string>> &rows)
{
    std::size_t width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    for (const auto &[left, right] : rows)
        out << "  " << left << std::string(width - left.size() + 2, ' ') << right << '\n';
}

} // namespace

bool ParsedArgs::has(const std::string &name) const
{
    return mValues.count(name) != 0;
}

std::string ParsedArgs::value(const std::string &name, const std::string &fallback) const
{
    if (auto it = mValues.find(name); it != mValues.end())
        return it->second;
    if (auto it = mDefaults.find(name); it != mDefaults.end() && !it->second.empty())
        return it->second;
    return fallback;
}

CommandLine::CommandLine(std::string program, std::string about, std::vector<CommandSpec> commands,
                         std::function<std::string()> versionText)
    : mProgram(std::move(program))
    , mAbout(std::move(about))
    , mCommands(std::move(commands))
    , mVersionText(std::move(versionText))
{}

const CommandSpec *CommandLine::find(const std::string &name) const
{
    auto it = std::find_if(mCommands.begin(), mCommands.end(), [&](const CommandSpec &c) { return c.name == name; });
    return it == mCommands.end() ? nullptr : &*it;
}

std::string CommandLine::usage() const
{
    std::ostringstream out;
    out << "Usage: " << mProgram << " [--help] [--version] <command> [options] [arguments]\n\n"
        << mAbout << "\n\nCommands:\n";
    std::vector<std::pair<std::string, std::string>> rows;
    for (const CommandSpec &c : mCommands)
        rows.emplace_back(c.name, c.summary);
    rows.emplace_back("help", "Show help for a command");
    printTable(out, rows);
    out << "\nOptions:\n";
    printTable(out, {{"-h, --help", "Show this help and exit"}, {"-V, --version", "Show versions and exit"}});
    out << "\nRun '" << mProgram << " help <command>' or '" << mProgram
        << " <command> --help' for a command's options.\n"
        << "Exit status: 0 success, 1 the command failed, 2 the command line is wrong.\n";
    return out.str();
}

std::string CommandLine::commandHelp(const CommandSpec &command) const
{
    std::ostringstream out;
    out << "Usage: " << mProgram << ' ' << command.name << " [options]";
    if (!command.arguments.empty())
        out << ' ' << command.arguments;
    out << "\n\n" << command.summary << '\n';
    if (!command.description.empty())
        out << '\n' << command.description << '\n';
    out << "\nOptions:\n";
    std::vector<std::pair<std::string, std::string>> rows;
    for (const OptionSpec &o : command.options) {
        std::string help = o.help;
        if (!o.defaultValue.empty())
            help += " (default: " + o.defaultValue + ')';
        rows.emplace_back(optionSynopsis(o), help);
    }
    rows.emplace_back("-h, --help", "Show this help and exit");
    printTable(out, rows);
    return out.str();
}

int CommandLine::usageError(Io &io, const std::string &message, const CommandSpec *command) const
{
    io.err << mProgram << (command ? ' ' + command->name : std::string()) << ": " << message << '\n'
           << "Try '" << mProgram << (command ? ' ' + command->name : std::string()) << " --help'.\n";
    return ExitUsage;
}

int CommandLine::run(const std::vector<std::string> &args, Io &io) const
{
    if (args.empty()) {
        io.err << usage();
        return ExitUsage;
    }
    const std::string &first = args.front();
    if (isHelp(first)) {
        io.out << usage();
        return ExitOk;
    }
    if (first == "--version" || first == "-V") {
        io.out << mVersionText() << '\n';
        return ExitOk;
    }
    if (first == "help") {
        if (args.size() == 1) {
            io.out << usage();
            return ExitOk;
        }
        if (args.size() > 2)
            return usageError(io, "help takes at most one command name", nullptr);
        const CommandSpec *command = find(args[1]);
        if (!command)
            return usageError(io, "unknown command '" + args[1] + "'", nullptr);
        io.out << commandHelp(*command);
        return ExitOk;
    }
    if (first.size() > 1 && first[0] == '-')
        return usageError(io, "unknown option '" + first + "'", nullptr);
    const CommandSpec *command = find(first);
    if (!command)
        return usageError(io, "unknown command '" + first + "'", nullptr);

    ParsedArgs parsed;
    for (const OptionSpec &o : command->options)
        parsed.mDefaults[o.name] = o.defaultValue;

    bool optionsEnded = false;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (optionsEnded || arg.size() < 2 || arg[0] != '-') {
            parsed.mPositionals.push_back(arg);
            continue;
        }
        if (arg == "--") {
            optionsEnded = true;
            continue;
        }
        if (isHelp(arg)) {
            io.out << commandHelp(*command);
            return ExitOk;
        }
        const OptionSpec *spec = nullptr;
        std::string inlineValue;
        bool hasInlineValue = false;
        if (arg[1] == '-') {
            std::string name = arg.substr(2);
            if (auto eq = name.find('='); eq != std::string::npos) {
                inlineValue = name.substr(eq + 1);
                hasInlineValue = true;
                name.resize(eq);
            }
            for (const OptionSpec &o : command->options)
                if (o.name == name)
                    spec = &o;
        } else if (arg.size() == 2) {
            for (const OptionSpec &o : command->options)
                if (o.shortName == arg[1])
                    spec = &o;
        }
        if (!spec)
            return usageError(io, "unknown option '" + arg + "'", command);
        if (spec->valueName.empty()) {
            if (hasInlineValue)
                return usageError(io, "option '--" + spec->name + "' takes no value", command);
            parsed.mValues[spec->name] = std::string();
            continue;
        }
        if (!hasInlineValue) {
            if (i + 1 >= args.size())
                return usageError(io, "option '--" + spec->name + "' needs a value (" + spec->valueName + ')', command);
            inlineValue = args[++i];
        }
        parsed.mValues[spec->name] = inlineValue;
    }

    const std::size_t n = parsed.mPositionals.size();
    if (n < command->minPositionals)
        return usageError(io, "missing argument " + command->arguments, command);
    if (n > command->maxPositionals)
        return usageError(io, "unexpected argument '" + parsed.mPositionals[command->maxPositionals] + "'", command);
    // The layer boundary: whatever a command throws becomes one message and exit status 1.
    try {
        return command->run(parsed, io);
    } catch (const UsageError &e) {
        return usageError(io, e.what(), command);
    } catch (const std::exception &e) {
        io.err << mProgram << ' ' << command->name << ": " << e.what() << '\n';
        return ExitFailure;
    }
}

} // namespace gm::cli
