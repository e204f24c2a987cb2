#include <ostream>

#include "cli/cli.h"
#include "console/color.h"

namespace parley::cli {

void PrintDiagnostics(const Diagnostics& diagnostics, std::ostream& err) {
  for (const Diagnostic& diagnostic : diagnostics.items()) PrintDiagnostic(diagnostic, err);
}

void PrintDiagnostic(const Diagnostic& diagnostic, std::ostream& err) {
  err << FormatDiagnostic(diagnostic, HasColor(err)) << '\n';
}

void PrintError(const std::string& command, const std::string& message, std::ostream& err) {
  std::string who = "parley";
  if (!command.empty()) who.append(1, ' ').append(command);
  err << FormatError(who, message, HasColor(err)) << '\n';
}

int UsageError(const std::string& command, const std::string& message, std::ostream& err) {
  PrintError(command, message, err);
  err << "(see 'parley " << command << " --help')\n";
  return kExitBadInput;
}

}  // namespace parley::cli
