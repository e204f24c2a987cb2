#include "read/metadata.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>

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

  YAML::Node root;
  try {
    root = YAML::Load(std::string(text.substr(yaml_begin, yaml_end - yaml_begin)));
  } catch (const YAML::Exception& e) {
    // yaml-cpp notices an unclosed bracket or quote only at the end of the
    // block; point at the end of its last line, where the fault shows.
    std::string_view yaml = text.substr(yaml_begin, yaml_end - yaml_begin);
    int yaml_lines = static_cast<int>(std::count(yaml.begin(), yaml.end(), '\n'));
    int error_line = e.mark.line;
    int error_column = e.mark.column + 1;
    if (error_line >= yaml_lines && yaml_lines > 0) {
      error_line = yaml_lines - 1;
      std::string_view last = yaml.substr(0, yaml.size() - 1);
      last = last.substr(last.rfind('\n') == std::string_view::npos ? 0 : last.rfind('\n') + 1);
      error_column = PositionOf(last, last.size()).column;
    }
    diagnostics.Error(file, first_line + 1 + error_line, error_column,
                      "front matter is not valid YAML: " + e.msg);
    return false;
  }
  if (root.IsNull()) return true;
  if (!root.IsMap()) {
    diagnostics.Error(file, first_line + 1 + root.Mark().line, root.Mark().column + 1,
                      "front matter must be 'key: value' lines (id, date, title, source, lang)");
    return false;
  }
  bool ok = true;
  for (const auto& entry : root) {
    const YAML::Mark key_mark = entry.first.Mark();
    const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
    std::string* field = key == "id"       ? &document->id
                         : key == "date"   ? &document->date
                         : key == "title"  ? &document->title
                         : key == "source" ? &document->source
                         : nullptr;
    if (field == nullptr && key != "lang") continue;  // other keys are the user's own
    const YAML::Mark mark = entry.second.Mark();
    const int value_line = first_line + 1 + mark.line;
    const int value_column = mark.column + 1;
    if (!entry.second.IsScalar()) {
      diagnostics.Error(file, first_line + 1 + key_mark.line, key_mark.column + 1,
                        "front matter field '" + key + "' must be a single value");
      ok = false;
      continue;
    }
    const std::string value = entry.second.Scalar();
    if (key == "lang") {
      std::optional<Language> language = ParseLanguage(value);
      if (!language) {
        diagnostics.Error(file, value_line, value_column,
                          "unsupported language '" + value + "': parley reads 'de' and 'en'");
        ok = false;
        continue;
      }
      document->lang = *language;
      document->lang_source = LanguageSource::kDocument;
      continue;
    }
    if (key == "date" && !IsValidDate(value)) {
      diagnostics.Error(file, value_line, value_column,
                        "invalid date '" + value + "': write YYYY-MM-DD, YYYY-MM or YYYY");
      ok = false;
      continue;
    }
    *field = value;
  }
  return ok;
}

}  // namespace parley
