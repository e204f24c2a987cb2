// A document as parley reads it: one article, statement or blog entry.
#ifndef PARLEY_DOCUMENT_H_
#define PARLEY_DOCUMENT_H_

#include <cstdint>
#include <string>

#include "parley/language.h"
#include "parley/limits.h"

namespace parley {

struct Document {
  // Identity and metadata (SPEC §7). `id` is the front matter / JSON id, else
  // the path relative to the directory named on the command line (or the
  // file name) without extension. `date` is "YYYY", "YYYY-MM" or
  // "YYYY-MM-DD"; empty when unknown. `title` and `source` may be empty.
  std::string id;
  std::string date;
  std::string title;
  std::string source;
  Language lang = Language::kEnglish;
  LanguageSource lang_source = LanguageSource::kDetected;

  // Where it came from: the file as the user named it ("-" for standard
  // input) and, for .jsonl, the 1-based line of the file that holds it.
  std::string file;
  int file_line = 1;
  bool from_jsonl = false;
  // How many bytes of the input this document accounts for, so that a
  // progress display can measure reading against file sizes: for .txt/.md
  // the whole file; for .jsonl its line with the newline, and any blank or
  // skipped lines since the previous document of the file.
  uint64_t input_bytes = 0;

  // The text exactly as read: for .txt/.md the whole file (front matter
  // included), for .jsonl the decoded "text" value. Every byte offset and
  // line number parley reports refers to this string. Valid UTF-8.
  std::string text;

  // Where the body to segment begins: after the front matter and after a
  // leading date line. `body_line` is the 1-based line of `body_offset`.
  uint32_t body_offset = 0;
  int body_line = 1;

  // The longest sentence that is matched (ReadOptions::limits, as the reader
  // was told). It travels with the document so that every segmenter that
  // reads it, on whatever thread, applies the same limits.
  SentenceLimits sentence_limits;
};

}  // namespace parley

#endif  // PARLEY_DOCUMENT_H_
