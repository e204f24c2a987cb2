// Colour on standard error, the way compilers do it: bold locations, bold
// red "error:", bold magenta "warning:", a green caret. Whether a stream gets
// colour is marked on the stream itself (main decides once, from
// WantsColor), so every function that prints to an `std::ostream&` can tell
// without another parameter and without global state. An unmarked stream
// (a file, a string stream in a test) gets exactly the plain text.
#ifndef PARLEY_CONSOLE_COLOR_H_
#define PARLEY_CONSOLE_COLOR_H_

#include <iosfwd>
#include <string>

#include "parley/status.h"

namespace parley {

void SetColor(std::ostream& stream, bool on);
bool HasColor(std::ostream& stream);

// Diagnostic::ToString(), coloured when `color`. Without colour the result
// is byte for byte ToString(); with colour it is that text with ANSI escape
// sequences added and nothing else changed.
std::string FormatDiagnostic(const Diagnostic& diagnostic, bool color);

// "WHO: error: MESSAGE" (WHO is e.g. "parley extract"), coloured when `color`.
std::string FormatError(const std::string& who, const std::string& message, bool color);

}  // namespace parley

#endif  // PARLEY_CONSOLE_COLOR_H_
