// Checks shared by every kind of document file.
#ifndef PARLEY_ENGINE_READ_DOCUMENT_CHECKS_H_
#define PARLEY_ENGINE_READ_DOCUMENT_CHECKS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "parley/document.h"
#include "parley/reader.h"
#include "parley/status.h"

namespace parley {

// The largest document read: options.limits.max_bytes, but never more than
// offsets of 32 bits reach.
inline uint64_t MaxDocumentBytes(const ReadOptions& options) {
  return options.limits.max_bytes < kMaxDocumentBytesLimit ? options.limits.max_bytes
                                                           : kMaxDocumentBytesLimit;
}

// Reports a document of `size` bytes, over MaxDocumentBytes(options): a
// warning (the document is skipped), an error under strict. `line` is its
// line in a .jsonl file, 0 for a whole file.
void ReportOversizedDocument(const std::string& file, int line, uint64_t size,
                             const ReadOptions& options, Diagnostics& diagnostics);

// Rejects binary content, invalid UTF-8 and oversized documents. `bytes`
// starts at `byte_offset` (and line `line_offset` + 1) of `file`. All three
// are warnings (the document is skipped), errors under strict.
bool CheckDocumentBytes(std::string_view bytes, const std::string& file, int line_offset,
                        size_t byte_offset, const ReadOptions& options, Diagnostics& diagnostics);

// Settles the language (document, else option, else detected), gives the
// document the sentence limits of `options` and skips a document with no
// text to read (a warning). Returns false when skipped.
bool FinishDocument(Document* document, const ReadOptions& options, Diagnostics& diagnostics);

}  // namespace parley

#endif  // PARLEY_ENGINE_READ_DOCUMENT_CHECKS_H_
