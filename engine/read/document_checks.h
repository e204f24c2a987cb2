// Checks shared by every kind of document file.
#ifndef PARLEY_ENGINE_READ_DOCUMENT_CHECKS_H_
#define PARLEY_ENGINE_READ_DOCUMENT_CHECKS_H_

#include <string_view>

#include "parley/document.h"
#include "parley/reader.h"
#include "parley/status.h"

namespace parley {

// The largest document parley reads; offsets are 32-bit.
inline constexpr size_t kMaxDocumentBytes = size_t{1} << 30;

// Rejects binary content, invalid UTF-8 and oversized documents. `bytes`
// starts at `byte_offset` (and line `line_offset` + 1) of `file`. Binary and
// invalid UTF-8 are warnings (the document is skipped), errors under strict.
bool CheckDocumentBytes(std::string_view bytes, const std::string& file, int line_offset,
                        size_t byte_offset, const ReadOptions& options, Diagnostics& diagnostics);

// Settles the language (document, else option, else detected) and skips a
// document with no text to read (a warning). Returns false when skipped.
bool FinishDocument(Document* document, const ReadOptions& options, Diagnostics& diagnostics);

}  // namespace parley

#endif  // PARLEY_ENGINE_READ_DOCUMENT_CHECKS_H_
