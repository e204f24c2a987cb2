// Reading one .txt/.md document: byte checks, front matter, leading date,
// language.
#include <string>

#include "parley/reader.h"
#include "read/document_checks.h"
#include "read/metadata.h"
#include "read/utf8.h"

namespace parley {

std::optional<Document> ReadTextDocument(std::string contents, const std::string& file,
                                         const std::string& id_fallback,
                                         const ReadOptions& options, Diagnostics& diagnostics) {
  if (!CheckDocumentBytes(contents, file, /*line_offset=*/0, /*byte_offset=*/0, options,
                          diagnostics))
    return std::nullopt;
  Document document;
  document.file = file;
  document.input_bytes = contents.size();
  document.text = std::move(contents);
  if (!ParseFrontMatter(&document, diagnostics)) return std::nullopt;
  if (document.date.empty()) {
    size_t length = 0;
    std::string_view body = std::string_view(document.text).substr(document.body_offset);
    if (std::optional<std::string> date = ParseLeadingDate(body, &length)) {
      document.date = *date;
      document.body_offset += static_cast<uint32_t>(length);
    }
  }
  document.body_line = PositionOf(document.text, document.body_offset).line;
  if (document.id.empty()) document.id = id_fallback;
  if (!FinishDocument(&document, options, diagnostics)) return std::nullopt;
  return document;
}

}  // namespace parley
