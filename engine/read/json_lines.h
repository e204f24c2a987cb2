// Reading .jsonl documents from lines as they stream in.
#ifndef PARLEY_ENGINE_READ_JSON_LINES_H_
#define PARLEY_ENGINE_READ_JSON_LINES_H_

#include <string>

#include "parley/reader.h"
#include "read/line_reader.h"

namespace parley {

// Reads the lines `lines` has left as JSON Lines documents of `file`, as
// ReadJsonLines does, handing each good one to `on_document` before the next
// line is read. A read error ends the file with an error naming it.
size_t ReadJsonLinesFrom(LineReader& lines, const std::string& file, const ReadOptions& options,
                         const DocumentCallback& on_document, Diagnostics& diagnostics);

}  // namespace parley

#endif  // PARLEY_ENGINE_READ_JSON_LINES_H_
