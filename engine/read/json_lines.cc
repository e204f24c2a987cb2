// Reading .jsonl files: one document per line,
// {"id", "text"} with optional "date", "title", "source", "lang".
#include <nlohmann/json.hpp>

#include <algorithm>

#include "parley/reader.h"
#include "read/document_checks.h"
#include "read/json_lines.h"
#include "read/metadata.h"

namespace parley {
namespace {

using Json = nlohmann::json;

// Column (in characters) of a 1-based byte position inside a line.
int ColumnOf(std::string_view line, size_t byte_position) {
  int column = 1;
  for (size_t i = 0; i + 1 < byte_position && i < line.size(); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
  return column;
}

// Column of `"key"` in the raw line, so errors point at the field.
int KeyColumn(std::string_view line, std::string_view key) {
  std::string quoted;
  quoted.reserve(key.size() + 2);
  quoted.append(1, '"').append(key).append(1, '"');
  size_t at = line.find(quoted);
  return at == std::string_view::npos ? 1 : ColumnOf(line, at + 1);
}

// Reads one line's object into `document`; false (with diagnostics) if bad.
bool ParseLine(std::string_view line, const std::string& file, int line_number,
               Document* document, Diagnostics& diagnostics) {
  Json json;
  try {
    json = Json::parse(line);
  } catch (const Json::parse_error& e) {
    std::string what = e.what();
    // nlohmann's messages start with "[json.exception.parse_error.101] parse error at ...: ".
    if (size_t colon = what.rfind(": "); colon != std::string::npos) what = what.substr(colon + 2);
    diagnostics.Error(file, line_number, ColumnOf(line, e.byte),
                      "invalid JSON: " + what +
                          " (a .jsonl file holds one JSON object per line)");
    return false;
  } catch (const Json::out_of_range& e) {
    // A number beyond a double ("1e999") is not a parse_error to nlohmann;
    // uncaught, it ended the program (found by the fuzzer, tests/fuzz/).
    std::string what = e.what();
    if (size_t bracket = what.find("] "); bracket != std::string::npos) what = what.substr(bracket + 2);
    diagnostics.Error(file, line_number, 1,
                      "invalid JSON: " + what + " (a .jsonl file holds one JSON object per line)");
    return false;
  }
  if (!json.is_object()) {
    diagnostics.Error(file, line_number, 1,
                      "expected a JSON object with \"id\" and \"text\" on this line");
    return false;
  }
  bool ok = true;
  auto string_field = [&](const char* key, bool required, std::string* out) {
    auto it = json.find(key);
    if (it == json.end() || it->is_null()) {
      if (required) {
        diagnostics.Error(file, line_number, 1,
                          std::string("missing \"") + key + "\": every line needs \"id\" and \"text\"");
        ok = false;
      }
      return;
    }
    if (it->is_string()) {
      *out = it->get<std::string>();
    } else if (it->is_number_integer() && std::string_view(key) == "id") {
      *out = it->dump();
    } else {
      diagnostics.Error(file, line_number, KeyColumn(line, key),
                        std::string("\"") + key + "\" must be a string");
      ok = false;
    }
  };
  string_field("id", true, &document->id);
  string_field("text", true, &document->text);
  string_field("date", false, &document->date);
  string_field("title", false, &document->title);
  string_field("source", false, &document->source);
  std::string lang;
  string_field("lang", false, &lang);
  if (!document->date.empty() && !IsValidDate(document->date)) {
    diagnostics.Error(file, line_number, KeyColumn(line, "date"),
                      "invalid date '" + document->date + "': write YYYY-MM-DD, YYYY-MM or YYYY");
    ok = false;
  }
  if (!lang.empty()) {
    if (std::optional<Language> language = ParseLanguage(lang)) {
      document->lang = *language;
      document->lang_source = LanguageSource::kDocument;
    } else {
      diagnostics.Error(file, line_number, KeyColumn(line, "lang"),
                        "unsupported language '" + lang + "': parley reads 'de' and 'en'");
      ok = false;
    }
  }
  return ok;
}

}  // namespace

size_t ReadJsonLinesFrom(LineReader& lines, const std::string& file, const ReadOptions& options,
                         const DocumentCallback& on_document, Diagnostics& diagnostics) {
  size_t count = 0;
  uint64_t accounted = 0;  // bytes handed on with earlier documents (input_bytes)
  for (std::string_view line; lines.Next(&line);) {
    const int line_number = lines.line_number();
    if (lines.line_too_long()) {
      ReportOversizedDocument(file, line_number, lines.line_size(), options, diagnostics);
      continue;
    }
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    if (!CheckDocumentBytes(line, file, line_number - 1, lines.line_offset(), options,
                            diagnostics))
      continue;
    Document document;
    document.file = file;
    document.file_line = line_number;
    document.from_jsonl = true;
    if (!ParseLine(line, file, line_number, &document, diagnostics)) continue;
    if (!FinishDocument(&document, options, diagnostics)) continue;
    document.input_bytes = lines.consumed() - accounted;
    accounted = lines.consumed();
    on_document(std::move(document));
    ++count;
  }
  if (!lines.error().empty()) diagnostics.Error(file, 0, 0, lines.error());
  return count;
}

size_t ReadJsonLines(const std::string& contents, const std::string& file,
                     const ReadOptions& options, const DocumentCallback& on_document,
                     Diagnostics& diagnostics) {
  std::unique_ptr<ReadStream> stream = MakeStringReadStream(contents);
  LineReader lines(*stream, size_t{1} << 16, MaxDocumentBytes(options));
  return ReadJsonLinesFrom(lines, file, options, on_document, diagnostics);
}

}  // namespace parley
