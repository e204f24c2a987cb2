#include "parley/status.h"

#include <algorithm>

namespace parley {

std::string Diagnostic::ToString() const {
  std::string out = file.empty() ? std::string("parley") : file;
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (column > 0) out += ':' + std::to_string(column);
  }
  out += severity == Severity::kError ? ": error: " : ": warning: ";
  out += message;
  return out;
}

void Diagnostics::Error(std::string file, int line, int column, std::string message) {
  items_.push_back({Severity::kError, std::move(file), line, column, -1, std::move(message)});
}

void Diagnostics::Warning(std::string file, int line, int column, std::string message) {
  items_.push_back({Severity::kWarning, std::move(file), line, column, -1, std::move(message)});
}

bool Diagnostics::has_errors() const {
  return std::any_of(items_.begin(), items_.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

}  // namespace parley
