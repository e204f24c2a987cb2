// The command line edge: the only place that prints diagnostics and decides
// exit statuses (SPEC §8: 0 success, 1 findings, 2 bad usage or input).
#ifndef PARLEY_CLI_CLI_H_
#define PARLEY_CLI_CLI_H_

#include <iosfwd>
#include <string>
#include <vector>

#include "parley/status.h"

namespace parley::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitBadInput = 2;

// Prints every diagnostic to `err`, one per line.
void PrintDiagnostics(const Diagnostics& diagnostics, std::ostream& err);

// A usage error: "parley COMMAND: error: MESSAGE" and a pointer to --help.
int UsageError(const std::string& command, const std::string& message, std::ostream& err);

int RunAnalyze(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int RunCompare(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int RunExplain(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int RunExtract(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int RunRules(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace parley::cli

#endif  // PARLEY_CLI_CLI_H_
