#include "rules/rule_file_text.h"

#include <map>
#include <optional>

#include "read/utf8.h"

namespace parley {
namespace {

// What stands between the characters of a scalar's value in the file:
// indentation and line breaks (block scalars, folded lines), quotes and
// backslashes (quoted scalars, escapes such as \" and '').
bool IsScalarSyntax(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '"' || c == '\'' || c == '\\';
}

// The byte offset of 1-based `line` and `column` (in code points) in `text`.
std::optional<size_t> OffsetOf(std::string_view text, int line, int column) {
  size_t offset = 0;
  for (int l = 1; l < line; ++l) {
    const size_t end = text.find('\n', offset);
    if (end == std::string_view::npos) return std::nullopt;
    offset = end + 1;
  }
  for (int c = 1; c < column; ++c) {
    if (offset >= text.size() || text[offset] == '\n') return std::nullopt;
    ++offset;
    while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) ++offset;
  }
  return offset;
}

// The file offset of every byte of `value`, found in order from `start`
// with only scalar syntax between them; nullopt when the value is not there.
std::optional<std::vector<size_t>> Align(std::string_view text, size_t start, std::string_view value) {
  std::vector<size_t> offsets;
  offsets.reserve(value.size());
  size_t s = start;
  for (char c : value) {
    while (s < text.size() && text[s] != c) {
      if (!IsScalarSyntax(text[s])) return std::nullopt;
      ++s;
    }
    if (s >= text.size()) return std::nullopt;
    offsets.push_back(s++);
  }
  return offsets;
}

// The byte index of 1-based character `column` of `value`.
size_t ByteIndex(std::string_view value, int column) {
  size_t i = 0;
  for (int c = 1; c < column && i < value.size(); ++c) {
    ++i;
    while (i < value.size() && (static_cast<unsigned char>(value[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

// Line `line` (1-based) of `text`, without its line break.
std::string LineText(std::string_view text, int line) {
  const size_t begin = OffsetOf(text, line, 1).value_or(text.size());
  size_t end = text.find('\n', begin);
  if (end == std::string_view::npos) end = text.size();
  if (end > begin && text[end - 1] == '\r') --end;
  return std::string(text.substr(begin, end - begin));
}

// Moves one diagnostic into its scalar; false when it stays as it is.
bool PointIntoScalar(std::string_view text, Diagnostic* diagnostic) {
  const std::string& value = diagnostic->excerpt;
  const int start_column = diagnostic->column - diagnostic->excerpt_column + 1;
  if (diagnostic->line < 1 || diagnostic->excerpt_column < 1 || start_column < 1) return false;
  const std::optional<size_t> start = OffsetOf(text, diagnostic->line, start_column);
  if (!start) return false;
  const std::optional<std::vector<size_t>> offsets = Align(text, *start, value);
  if (!offsets || offsets->empty()) return false;
  const size_t index = ByteIndex(value, diagnostic->excerpt_column);
  const size_t offset = index < offsets->size() ? (*offsets)[index] : offsets->back() + 1;
  const TextPosition position = PositionOf(text, offset);
  if (position.line == diagnostic->line && position.column == diagnostic->column) return false;
  diagnostic->line = position.line;
  diagnostic->column = position.column;
  diagnostic->excerpt = LineText(text, position.line);
  diagnostic->excerpt_column = position.column;
  return true;
}

}  // namespace

bool CheckRuleFileBytes(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  bool binary = false;
  const int64_t bad = FindBinaryOrInvalidUtf8(text, &binary);
  if (bad < 0) return true;
  const TextPosition position = PositionOf(text, static_cast<size_t>(bad));
  static constexpr char kHex[] = "0123456789ABCDEF";
  const unsigned char byte = static_cast<unsigned char>(text[static_cast<size_t>(bad)]);
  Diagnostic diagnostic;
  diagnostic.file = file;
  diagnostic.line = position.line;
  diagnostic.column = position.column;
  diagnostic.byte_offset = bad;
  diagnostic.message =
      binary ? std::string("a NUL byte at byte offset ")
                   .append(std::to_string(bad))
                   .append(": a rule file is YAML text, not a binary file")
             : std::string("invalid UTF-8 at byte offset ")
                   .append(std::to_string(bad))
                   .append(" (byte 0x")
                   .append(1, kHex[byte >> 4])
                   .append(1, kHex[byte & 0xF])
                   .append("): save the rule file as UTF-8");
  diagnostics.Add(std::move(diagnostic));
  return false;
}

bool CheckLastQuoteClosed(const YamlNode& root, std::string_view text, const std::string& file,
                          Diagnostics& diagnostics) {
  // The scalar that starts last, keys included.
  std::optional<YAML::Mark> last;
  std::vector<YamlNode> todo = {root};
  for (size_t visits = 0; !todo.empty() && visits < 10'000'000; ++visits) {
    const YamlNode node = todo.back();
    todo.pop_back();
    if (node.IsScalar()) {
      if (!last || node.Mark().pos > last->pos) last = node.Mark();
    } else if (node.IsSequence()) {
      for (const YamlNode& item : node) todo.push_back(item);
    } else if (node.IsMap()) {
      for (const auto& entry : node) {
        todo.push_back(entry.first);
        todo.push_back(entry.second);
      }
    }
  }
  if (!last || last->pos < 0 || static_cast<size_t>(last->pos) >= text.size()) return true;
  const size_t open = static_cast<size_t>(last->pos);
  const char quote = text[open];
  if (quote != '"' && quote != '\'') return true;
  for (size_t i = open + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
        continue;
      }
      return true;
    }
  }
  diagnostics.Error(file, last->line + 1, last->column + 1,
                    std::string("the quote ").append(1, quote).append(
                        " opened here is never closed, so the rest of the file was read as "
                        "its text: add the closing quote"));
  return false;
}

std::string YamlErrorHint(std::string_view text, int line) {
  const std::string content = LineText(text, line + 1);
  const size_t first = content.find_first_not_of(" \t");
  const size_t tab = content.find('\t');
  if (tab == std::string::npos || (first != std::string::npos && tab > first)) return "";
  return std::string(" (line ").append(std::to_string(line + 1))
      .append(" is indented with a tab: YAML indents with spaces only)");
}

size_t ScalarTextOffset(std::string_view text, size_t mark_offset) {
  if (mark_offset >= text.size()) return mark_offset;
  const char c = text[mark_offset];
  if (c == '"' || c == '\'') return mark_offset + 1;
  if (c != '|' && c != '>') return mark_offset;
  // A block scalar: its text starts below the header ("|", ">-", "|2 # …").
  size_t offset = text.find('\n', mark_offset);
  if (offset == std::string_view::npos) return mark_offset;
  while (offset < text.size() && (text[offset] == ' ' || text[offset] == '\t' ||
                                  text[offset] == '\r' || text[offset] == '\n'))
    ++offset;
  return offset < text.size() ? offset : mark_offset;
}

void PointIntoScalars(const FileSystem& file_system, std::vector<Diagnostic>* diagnostics) {
  std::map<std::string, std::optional<std::string>> texts;  // read once per file
  for (Diagnostic& diagnostic : *diagnostics) {
    if (diagnostic.excerpt.empty() || diagnostic.file.empty()) continue;
    auto [it, fresh] = texts.try_emplace(diagnostic.file);
    if (fresh) {
      std::string text;
      std::string error;
      if (file_system.ReadFile(diagnostic.file, &text, &error)) it->second = std::move(text);
    }
    if (it->second) PointIntoScalar(*it->second, &diagnostic);
  }
}

}  // namespace parley
