#include "read/document_checks.h"

#include <cstdio>

#include "read/utf8.h"

namespace parley {
namespace {

bool OnlyWhitespace(std::string_view text) {
  for (char c : text)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v') return false;
  return true;
}

}  // namespace

void ReportOversizedDocument(const std::string& file, int line, uint64_t size,
                             const ReadOptions& options, Diagnostics& diagnostics) {
  Diagnostic diagnostic;
  diagnostic.severity = options.strict ? Severity::kError : Severity::kWarning;
  diagnostic.file = file;
  diagnostic.line = line;
  diagnostic.column = line > 0 ? 1 : 0;
  diagnostic.message = std::string("document is ")
                           .append(std::to_string(size))
                           .append(" bytes, over the limit of ")
                           .append(std::to_string(MaxDocumentBytes(options)))
                           .append(" (--max-document-bytes raises it); document skipped");
  diagnostics.Add(std::move(diagnostic));
}

bool CheckDocumentBytes(std::string_view bytes, const std::string& file, int line_offset,
                        size_t byte_offset, const ReadOptions& options,
                        Diagnostics& diagnostics) {
  const Severity severity = options.strict ? Severity::kError : Severity::kWarning;
  const std::string consequence =
      options.strict ? "" : "; document skipped (--strict makes this an error)";
  // Callers check the size before reading where they can (.jsonl lines
  // always); this catches a file that grew meanwhile, and documents handed
  // over in memory.
  if (bytes.size() > MaxDocumentBytes(options)) {
    ReportOversizedDocument(file, 0, bytes.size(), options, diagnostics);
    return false;
  }
  bool binary = false;
  const int64_t bad = FindBinaryOrInvalidUtf8(bytes, &binary);
  if (bad < 0) return true;
  const std::string what = binary ? "binary content (a NUL byte)" : "invalid UTF-8";
  TextPosition position = PositionOf(bytes, static_cast<size_t>(bad));
  const int64_t file_offset = bad + static_cast<int64_t>(byte_offset);
  char byte_hex[8];
  std::snprintf(byte_hex, sizeof byte_hex, "0x%02X",
                static_cast<unsigned char>(bytes[static_cast<size_t>(bad)]));
  Diagnostic diagnostic;
  diagnostic.severity = severity;
  diagnostic.file = file;
  diagnostic.line = line_offset + position.line;
  diagnostic.column = position.column;
  diagnostic.byte_offset = file_offset;
  diagnostic.message = what + " at byte offset " + std::to_string(file_offset) + " (byte " +
                       byte_hex + ")" + consequence;
  diagnostics.Add(std::move(diagnostic));
  return false;
}

bool FinishDocument(Document* document, const ReadOptions& options, Diagnostics& diagnostics) {
  std::string_view body = std::string_view(document->text).substr(document->body_offset);
  if (OnlyWhitespace(body)) {
    const bool jsonl = document->from_jsonl;
    diagnostics.Warning(document->file, jsonl ? document->file_line : 0, 0,
                        "empty document, nothing to read; skipped");
    return false;
  }
  document->sentence_limits = options.limits.sentences;
  if (document->lang_source != LanguageSource::kDocument) {
    if (options.default_language) {
      document->lang = *options.default_language;
      document->lang_source = LanguageSource::kOption;
    } else {
      document->lang = DetectLanguage(body);
      document->lang_source = LanguageSource::kDetected;
    }
  }
  return true;
}

}  // namespace parley
