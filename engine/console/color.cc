#include "console/color.h"

#include <ostream>

namespace parley {
namespace {

constexpr const char* kBold = "\x1b[1m";
constexpr const char* kRed = "\x1b[1;31m";
constexpr const char* kMagenta = "\x1b[1;35m";
constexpr const char* kGreen = "\x1b[1;32m";
constexpr const char* kReset = "\x1b[0m";

// The slot in every stream's iword array that holds the colour mark. The
// index is handed out once per process by the standard library; the mark
// itself lives on each stream.
int ColorSlot() {
  static const int slot = std::ios_base::xalloc();
  return slot;
}

void Paint(std::string* out, const char* style, const std::string& text, bool color) {
  if (color) out->append(style);
  out->append(text);
  if (color) out->append(kReset);
}

}  // namespace

void SetColor(std::ostream& stream, bool on) { stream.iword(ColorSlot()) = on ? 1 : 0; }

bool HasColor(std::ostream& stream) { return stream.iword(ColorSlot()) != 0; }

std::string FormatDiagnostic(const Diagnostic& diagnostic, bool color) {
  if (!color) return diagnostic.ToString();
  // The same parts as Diagnostic::ToString(), in the same order.
  std::string location = diagnostic.file.empty() ? std::string("parley") : diagnostic.file;
  if (diagnostic.line > 0) {
    location.append(1, ':').append(std::to_string(diagnostic.line));
    if (diagnostic.column > 0) location.append(1, ':').append(std::to_string(diagnostic.column));
  }
  location.append(1, ':');
  std::string out;
  Paint(&out, kBold, location, true);
  out.append(1, ' ');
  if (diagnostic.severity == Severity::kError)
    Paint(&out, kRed, "error:", true);
  else
    Paint(&out, kMagenta, "warning:", true);
  out.append(1, ' ').append(diagnostic.message);
  if (!diagnostic.excerpt.empty()) {
    out.append("\n    ").append(diagnostic.excerpt).append("\n    ");
    for (int i = 1; i < diagnostic.excerpt_column; ++i) out.append(1, ' ');
    Paint(&out, kGreen, "^", true);
  }
  return out;
}

std::string FormatError(const std::string& who, const std::string& message, bool color) {
  std::string out;
  Paint(&out, kBold, std::string(who).append(":"), color);
  out.append(1, ' ');
  Paint(&out, kRed, "error:", color);
  return out.append(1, ' ').append(message);
}

}  // namespace parley
