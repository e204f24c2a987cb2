#include <ostream>

#include "cli/cli.h"

namespace parley::cli {

void PrintDiagnostics(const Diagnostics& diagnostics, std::ostream& err) {
  for (const Diagnostic& diagnostic : diagnostics.items()) err << diagnostic.ToString() << '\n';
}

int UsageError(const std::string& command, const std::string& message, std::ostream& err) {
  err << "parley " << command << ": error: " << message << "\n"
      << "(see 'parley " << command << " --help')\n";
  return kExitBadInput;
}

}  // namespace parley::cli
