// The command line edge: the only place that prints diagnostics and decides
// exit statuses (SPEC §8: 0 success, 1 findings, 2 bad usage or input).
#ifndef PARLEY_CLI_CLI_H_
#define PARLEY_CLI_CLI_H_

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "console/progress.h"
#include "console/terminal.h"
#include "parley/status.h"

namespace parley::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitBadInput = 2;

// The diagnostics and errors below are coloured when `err` is marked for
// colour (SetColor in console/color.h), else plain text.

// Prints every diagnostic to `err`, one per line.
void PrintDiagnostics(const Diagnostics& diagnostics, std::ostream& err);
void PrintDiagnostic(const Diagnostic& diagnostic, std::ostream& err);

// "parley COMMAND: error: MESSAGE" ("parley: error: …" when COMMAND is "").
void PrintError(const std::string& command, const std::string& message, std::ostream& err);

// A usage error: "parley COMMAND: error: MESSAGE" and a pointer to --help.
int UsageError(const std::string& command, const std::string& message, std::ostream& err);

// The progress display of a run over `inputs`, sized from the files before
// they are read (measuring them only when progress is shown).
// `streams_to_stdout`: the command writes its output to standard output as
// it goes (see ChooseProgressStyle).
std::unique_ptr<Progress> StartProgress(ProgressMode mode, const Terminal& terminal,
                                        const std::vector<std::string>& inputs,
                                        bool streams_to_stdout, std::ostream& err);

// extract and analyze show progress on `terminal` (console/progress.h).
int RunAnalyze(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
               const Terminal& terminal);
int RunCompare(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int RunExplain(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int RunExtract(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
               const Terminal& terminal);
int RunRules(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace parley::cli

#endif  // PARLEY_CLI_CLI_H_
