#include "read/metadata.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <vector>

#include "parley/language.h"
#include "read/utf8.h"

namespace parley {
namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

int ToInt(std::string_view s) {
  int value = 0;
  for (char c : s) value = value * 10 + (c - '0');
  return value;
}

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// The end of the line that starts at `pos`, and where the next one starts.
size_t LineEnd(std::string_view text, size_t pos, size_t* next) {
  size_t end = text.find('\n', pos);
  if (end == std::string_view::npos) {
    *next = text.size();
    end = text.size();
  } else {
    *next = end + 1;
  }
  if (end > pos && text[end - 1] == '\r') --end;
  return end;
}

bool IsFenceLine(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == "---";
}


// One "key: value" of a front matter block, with where each part is.
struct Field {
  std::string key;
  std::string value;
  bool scalar = true;
  int key_line = 0, key_column = 0, value_line = 0, value_column = 0;
};

bool IsKeyChar(char c, bool first) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         (!first && ((c >= '0' && c <= '9') || c == '-'));
}

// The common front matter, plain "key: value" lines, read without a YAML
// parser (yaml-cpp takes tens of thousands of instructions per block).
// Returns false, leaving the block to yaml-cpp, at anything else: quotes,
// brackets, block scalars, anchors, comments, indentation, empty values,
// repeated keys, or ": " inside a value.
bool ParsePlainFields(std::string_view yaml, int first_line, std::vector<Field>* fields) {
  int line = first_line;
  for (size_t pos = 0; pos < yaml.size(); ++line) {
    size_t next;
    const size_t end = LineEnd(yaml, pos, &next);
    std::string_view text = yaml.substr(pos, end - pos);
    pos = next;
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (text.empty()) continue;
    size_t k = 0;
    while (k < text.size() && IsKeyChar(text[k], k == 0)) ++k;
    if (k == 0 || k + 2 > text.size() || text[k] != ':' || text[k + 1] != ' ') return false;
    size_t v = k + 1;
    while (v < text.size() && text[v] == ' ') ++v;
    std::string_view value = text.substr(v);
    if (value.empty() || std::string_view("'\"[]{}|>&*!%@#`?,-").find(value[0]) != std::string_view::npos)
      return false;
    if (value.find(": ") != std::string_view::npos || value.find(" #") != std::string_view::npos ||
        value.find('\t') != std::string_view::npos || value.back() == ':')
      return false;
    Field field;
    field.key = std::string(text.substr(0, k));
    for (const Field& other : *fields)
      if (other.key == field.key) return false;
    field.value = std::string(value);
    field.key_line = field.value_line = line;
    field.key_column = 1;
    field.value_column = PositionOf(text, v).column;
    fields->push_back(std::move(field));
  }
  return true;
}

// Any front matter, through yaml-cpp; errors carry the file's line and column.
bool ParseYamlFields(std::string_view yaml, const std::string& file, int first_line,
                     std::vector<Field>* fields, Diagnostics& diagnostics) {
  fields->clear();
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    // yaml-cpp notices an unclosed bracket or quote only at the end of the
    // block; point at the end of its last line, where the fault shows.
    int yaml_lines = static_cast<int>(std::count(yaml.begin(), yaml.end(), '\n'));
    int error_line = e.mark.line;
    int error_column = e.mark.column + 1;
    if (error_line >= yaml_lines && yaml_lines > 0) {
      error_line = yaml_lines - 1;
      std::string_view last = yaml.substr(0, yaml.size() - 1);
      last = last.substr(last.rfind('\n') == std::string_view::npos ? 0 : last.rfind('\n') + 1);
      error_column = PositionOf(last, last.size()).column;
    }
    diagnostics.Error(file, first_line + error_line, error_column,
                      "front matter is not valid YAML: " + e.msg);
    return false;
  }
  if (root.IsNull()) return true;
  if (!root.IsMap()) {
    diagnostics.Error(file, first_line + root.Mark().line, root.Mark().column + 1,
                      "front matter must be 'key: value' lines (id, date, title, source, lang)");
    return false;
  }
  for (const auto& entry : root) {
    Field field;
    field.key = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
    field.scalar = entry.second.IsScalar();
    if (field.scalar) field.value = entry.second.Scalar();
    field.key_line = first_line + entry.first.Mark().line;
    field.key_column = entry.first.Mark().column + 1;
    field.value_line = first_line + entry.second.Mark().line;
    field.value_column = entry.second.Mark().column + 1;
    fields->push_back(std::move(field));
  }
  return true;
}

// Takes id, date, title, source and lang into the document; other keys are
// the user's own and are left alone.
bool ApplyFields(const std::vector<Field>& fields, Document* document, Diagnostics& diagnostics) {
  const std::string& file = document->file;
  bool ok = true;
  for (const Field& entry : fields) {
    const std::string& key = entry.key;
    std::string* field = key == "id"       ? &document->id
                         : key == "date"   ? &document->date
                         : key == "title"  ? &document->title
                         : key == "source" ? &document->source
                         : nullptr;
    if (field == nullptr && key != "lang") continue;
    if (!entry.scalar) {
      diagnostics.Error(file, entry.key_line, entry.key_column,
                        "front matter field '" + key + "' must be a single value");
      ok = false;
      continue;
    }
    const std::string& value = entry.value;
    if (key == "lang") {
      std::optional<Language> language = ParseLanguage(value);
      if (!language) {
        diagnostics.Error(file, entry.value_line, entry.value_column,
                          "unsupported language '" + value + "': parley reads 'de' and 'en'");
        ok = false;
        continue;
      }
      document->lang = *language;
      document->lang_source = LanguageSource::kDocument;
      continue;
    }
    if (key == "date" && !IsValidDate(value)) {
      diagnostics.Error(file, entry.value_line, entry.value_column,
                        "invalid date '" + value + "': write YYYY-MM-DD, YYYY-MM or YYYY");
      ok = false;
      continue;
    }
    *field = value;
  }
  return ok;
}

}  // namespace

bool IsValidDate(std::string_view date) {
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) return false;
  if (!AllDigits(date.substr(0, 4))) return false;
  if (date.size() == 4) return true;
  if (date[4] != '-' || !AllDigits(date.substr(5, 2))) return false;
  const int year = ToInt(date.substr(0, 4));
  const int month = ToInt(date.substr(5, 2));
  if (month < 1 || month > 12) return false;
  if (date.size() == 7) return true;
  if (date[7] != '-' || !AllDigits(date.substr(8, 2))) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const int day = ToInt(date.substr(8, 2));
  const int days = kDays[month - 1] + (month == 2 && IsLeapYear(year) ? 1 : 0);
  return day >= 1 && day <= days;
}

std::optional<std::string> ParseLeadingDate(std::string_view text, size_t* length) {
  size_t i = 0;
  auto skip_blanks = [&] {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' ||
                               text[i] == '\n'))
      ++i;
  };
  skip_blanks();
  if (text.size() - i >= 4) {
    std::string word(text.substr(i, 4));
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (word == "date") {
      i += 4;
      if (i < text.size() && text[i] == ':') ++i;
      if (i >= text.size() || (text[i] != ' ' && text[i] != '\t')) return std::nullopt;
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    }
  }
  size_t j = i;
  while (j < text.size() && (std::isdigit(static_cast<unsigned char>(text[j])) || text[j] == '-'))
    ++j;
  std::string_view candidate = text.substr(i, j - i);
  if (candidate.size() != 7 && candidate.size() != 10) return std::nullopt;
  if (!IsValidDate(candidate)) return std::nullopt;
  // The date must stand alone: "2025-06-02" but not "2025-06-02x" or "2025-06-02,".
  if (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j]))) return std::nullopt;
  i = j;
  skip_blanks();
  *length = i;
  return std::string(candidate);
}

bool ParseFrontMatter(Document* document, Diagnostics& diagnostics) {
  std::string_view text = document->text;
  size_t pos = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;  // a UTF-8 byte order mark
  size_t next;
  size_t end = LineEnd(text, pos, &next);
  if (!IsFenceLine(text.substr(pos, end - pos))) {
    document->body_offset = static_cast<uint32_t>(pos);
    return true;
  }
  const size_t yaml_begin = next;
  int line = 2;
  size_t yaml_end = std::string_view::npos;
  for (pos = next; pos < text.size(); pos = next, ++line) {
    end = LineEnd(text, pos, &next);
    if (IsFenceLine(text.substr(pos, end - pos))) {
      yaml_end = pos;
      break;
    }
  }
  const std::string& file = document->file;
  const int first_line = document->file_line;
  if (yaml_end == std::string_view::npos) {
    diagnostics.Error(file, first_line, 1,
                      "front matter opened with '---' is never closed: add a line '---' "
                      "after its last field");
    return false;
  }
  document->body_offset = static_cast<uint32_t>(next);
  document->body_line = first_line + line;

  std::vector<Field> fields;
  std::string_view yaml = text.substr(yaml_begin, yaml_end - yaml_begin);
  if (!ParsePlainFields(yaml, first_line + 1, &fields) &&
      !ParseYamlFields(yaml, file, first_line + 1, &fields, diagnostics))
    return false;
  return ApplyFields(fields, document, diagnostics);
}

}  // namespace parley
