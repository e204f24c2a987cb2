// Stage 1 of the pipeline: turning the user's INPUT arguments into documents.
//
// An input is a file, a directory (every .txt, .md and .jsonl below it, in
// sorted order) or "-" for standard input. .txt/.md files are one document
// each, with optional front matter or a leading date; .jsonl files hold one
// document per line. See SPEC §7.
#ifndef PARLEY_READER_H_
#define PARLEY_READER_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "parley/document.h"
#include "parley/file_system.h"
#include "parley/language.h"
#include "parley/limits.h"
#include "parley/status.h"

namespace parley {

struct ReadOptions {
  // Used for documents that do not name their language (--lang).
  std::optional<Language> default_language;
  // Invalid UTF-8, binary files and documents over limits.max_bytes are
  // errors instead of warnings (--strict).
  bool strict = false;
  // Document size, and the sentence limits every document read carries
  // (Document::sentence_limits) to the segmenter.
  DocumentLimits limits;
};

// Called once per document, in input order.
using DocumentCallback = std::function<void(Document&&)>;

// Reads every input and hands each good document to `on_document` as soon as
// it is read, so a corpus is never held whole: .jsonl files and standard
// input are read line by line (memory holds the longest line, and never
// more than the document limit, whatever the file's size); a .txt/.md file
// is one document and is read whole. It keeps
// no state outside the call, so calls may run on several threads at once. Problems go to `diagnostics`:
// a missing input, a directory without documents or a malformed document is
// an error; invalid UTF-8, binary content and a document larger than
// options.limits.max_bytes (measured before it is read: a .jsonl line over
// it is skipped as it streams by) skip the document with a warning (an
// error under `strict`). Returns the number of documents read.
//
// All inputs are checked to exist before any document is read, so a typo in
// the last argument does not waste a long run.
size_t ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                  const FileSystem& file_system, const DocumentCallback& on_document,
                  Diagnostics& diagnostics);

// What ReadInputs would read, measured without reading it, for progress
// displays. `bytes` is the sum of the sizes of the files it would read
// (the same files, by the same rule); it is unknown when standard input is
// an input. `documents` is unknown as well when a .jsonl file is one (it
// holds any number). Missing inputs count nothing: ReadInputs reports them.
struct InputSize {
  std::optional<uint64_t> bytes;
  std::optional<size_t> documents;
};
InputSize MeasureInputs(const std::vector<std::string>& inputs, const FileSystem& file_system);

// Parses one .txt/.md document held in memory (front matter, leading date,
// language). `file` names it in diagnostics; `id_fallback` is its id when the
// front matter gives none. Returns nullopt (with diagnostics) when it cannot
// be read.
std::optional<Document> ReadTextDocument(std::string contents, const std::string& file,
                                         const std::string& id_fallback,
                                         const ReadOptions& options, Diagnostics& diagnostics);

// Parses a .jsonl buffer: one document per non-blank line. Bad lines are
// reported and skipped; the others are handed to `on_document`. (ReadInputs
// reads .jsonl files the same way, streaming them.)
size_t ReadJsonLines(const std::string& contents, const std::string& file,
                     const ReadOptions& options, const DocumentCallback& on_document,
                     Diagnostics& diagnostics);

}  // namespace parley

#endif  // PARLEY_READER_H_
