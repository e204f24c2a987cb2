// Rule files as text, below what yaml-cpp sees: their encoding, hints for
// YAML syntax errors, and where a character of a scalar's value stands in
// the file.
//
// yaml-cpp gives the place where a scalar starts, but a pattern written as a
// block scalar (`pattern: >-` or `|` and the text on the lines below), over
// several lines, or with escapes (`\"`) does not stand in the file as its
// value reads: its n-th character is not n columns right of the start. The
// checks of a rule set (rule_checks.cc) report a pattern error as "start of
// the text + column in the pattern"; PointIntoScalars moves such a report to
// the character's real line and column afterwards.
#ifndef PARLEY_ENGINE_RULES_RULE_FILE_TEXT_H_
#define PARLEY_ENGINE_RULES_RULE_FILE_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "parley/file_system.h"
#include "parley/status.h"
#include "rules/yaml_tree.h"

namespace parley {

// Reports a NUL byte or invalid UTF-8 in a rule file (an error with line,
// column and byte offset). Returns false when there is one.
bool CheckRuleFileBytes(std::string_view text, const std::string& file, Diagnostics& diagnostics);

// yaml-cpp 0.7 reads a quoted scalar whose closing quote is missing to the
// end of the file, silently: the rest of the file becomes its text. Only the
// last scalar of a file can be such a one; reports it (an error at the
// opening quote) and returns false when its quote is not closed.
bool CheckLastQuoteClosed(const YamlNode& root, std::string_view text, const std::string& file,
                          Diagnostics& diagnostics);

// What to add to yaml-cpp's message for an error on `line` (0-based) of
// `text`: how to mend a line indented with a tab; "" when nothing helps.
std::string YamlErrorHint(std::string_view text, int line);

// The byte offset where the text of the scalar whose node mark is at
// `mark_offset` begins: after the opening quote of a quoted scalar, on the
// first non-blank character below the header of a block scalar (`|`, `>-`,
// ...), else `mark_offset`.
size_t ScalarTextOffset(std::string_view text, size_t mark_offset);

// For each diagnostic that shows a scalar's value as its excerpt (pattern
// errors), finds the value in its file from the place the diagnostic gives
// for the value's start, and when the faulty character stands elsewhere
// than "start + column", moves the diagnostic there and shows the file's
// line as the excerpt. Files are read again through `file_system`, only when
// some diagnostic has an excerpt. Diagnostics whose value cannot be found
// character for character are left as they are.
void PointIntoScalars(const FileSystem& file_system, std::vector<Diagnostic>* diagnostics);

}  // namespace parley

#endif  // PARLEY_ENGINE_RULES_RULE_FILE_TEXT_H_
