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
  if (!excerpt.empty()) {
    out += "\n    " + excerpt + "\n    ";
    for (int i = 1; i < excerpt_column; ++i) out += ' ';
    out += '^';
  }
  return out;
}

namespace {

Diagnostic Make(Severity severity, std::string file, int line, int column, std::string message) {
  Diagnostic diagnostic;
  diagnostic.severity = severity;
  diagnostic.file = std::move(file);
  diagnostic.line = line;
  diagnostic.column = column;
  diagnostic.message = std::move(message);
  return diagnostic;
}

}  // namespace

void Diagnostics::Error(std::string file, int line, int column, std::string message) {
  items_.push_back(Make(Severity::kError, std::move(file), line, column, std::move(message)));
}

void Diagnostics::Warning(std::string file, int line, int column, std::string message) {
  items_.push_back(Make(Severity::kWarning, std::move(file), line, column, std::move(message)));
}

bool Diagnostics::has_errors() const {
  return std::any_of(items_.begin(), items_.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

}  // namespace parley
