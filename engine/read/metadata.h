// The metadata of a document: front matter, leading dates, field checks.
#ifndef PARLEY_ENGINE_READ_METADATA_H_
#define PARLEY_ENGINE_READ_METADATA_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "parley/document.h"
#include "parley/status.h"

namespace parley {

// True for "YYYY", "YYYY-MM" and "YYYY-MM-DD" with a real month and day.
bool IsValidDate(std::string_view date);

// A date at the very start of a text: "2025-06-02", "date 2025-06",
// "Date: 2025-06-02" (then whitespace or the end). Returns the date and sets
// `*length` to the bytes it and the whitespace after it take.
std::optional<std::string> ParseLeadingDate(std::string_view text, size_t* length);

// Parses a front matter block ("---" line, YAML, "---" line) at the start of
// document->text, if there is one, and fills the document's metadata. Sets
// document->body_offset/body_line past it. Problems are reported with the
// file's line and column; returns false if any was an error.
bool ParseFrontMatter(Document* document, Diagnostics& diagnostics);

}  // namespace parley

#endif  // PARLEY_ENGINE_READ_METADATA_H_
