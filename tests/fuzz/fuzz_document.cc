// Fuzz target: document reading and segmentation (bytes in).
//
// The input is read three ways, as `parley explain` would read it: as a .md
// file (front matter, leading date, language), as a .jsonl file and as
// standard input (JSON Lines if it starts with '{', else one text). Files
// are streamed a few bytes per read, so lines fall across reads. Every
// document read is segmented in its language and checked against what the
// public headers promise (document.h, segmenter.h); its explain JSON must
// be valid JSON.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>
#include <string>

#include "fuzz_targets.h"
#include "parley/explain.h"
#include "parley/reader.h"
#include "parley/segmenter.h"
#include "read/utf8.h"
#include "test_support.h"

namespace parley::fuzz {
namespace {

bool IsDate(std::string_view date) {
  auto digits = [&](size_t from, size_t count) {
    for (size_t i = from; i < from + count; ++i)
      if (date[i] < '0' || date[i] > '9') return false;
    return true;
  };
  switch (date.size()) {
    case 0: return true;
    case 4: return digits(0, 4);
    case 7: return digits(0, 4) && date[4] == '-' && digits(5, 2);
    case 10: return digits(0, 4) && date[4] == '-' && digits(5, 2) && date[7] == '-' && digits(8, 2);
    default: return false;
  }
}

void RequireGoodDocument(const Document& document) {
  bool binary = false;
  Require(FindBinaryOrInvalidUtf8(document.text, &binary) < 0, "a document's text is valid UTF-8");
  Require(IsDate(document.date), "a date is YYYY, YYYY-MM or YYYY-MM-DD");
  Require(document.body_offset <= document.text.size(), "the body starts inside the text");
  Require(document.body_line >= 1, "lines are 1-based");
  const std::string_view head = std::string_view(document.text).substr(0, document.body_offset);
  Require(document.body_line == 1 + std::count(head.begin(), head.end(), '\n'),
          "body_line is the line of body_offset");
}

// Sentences in order, inside the body, each with its own run of tokens
// inside it, and line, column and offsets that agree.
void RequireGoodSegmentation(const Document& document, const Segmentation& segmentation) {
  const std::string_view text = document.text;
  uint32_t previous_end = document.body_offset;
  uint32_t next_token = 0;
  int previous_paragraph = 0;
  for (const Sentence& sentence : segmentation.sentences) {
    Require(previous_end <= sentence.start && sentence.start <= sentence.end &&
                sentence.end <= text.size(),
            "sentences lie in order inside the body");
    Require(sentence.paragraph >= previous_paragraph, "paragraph indices do not go back");
    const std::string_view before = text.substr(0, sentence.start);
    Require(sentence.line == 1 + std::count(before.begin(), before.end(), '\n'),
            "a sentence's line is the line of its start");
    const size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
    int column = 1;
    for (size_t i = line_start; i < sentence.start; ++i)
      column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    Require(sentence.column == column, "a sentence's column counts characters from its line start");
    Require(sentence.first_token == next_token &&
                sentence.token_count <= segmentation.tokens.size() - sentence.first_token,
            "each sentence has its own run of tokens");
    next_token += sentence.token_count;
    for (const Token& token : segmentation.TokensOf(sentence)) {
      Require(sentence.start <= token.start && token.start < token.end && token.end <= sentence.end,
              "a token lies inside its sentence and is not empty");
      Require(token.fold_size <= segmentation.folds.size() &&
                  token.fold_offset <= segmentation.folds.size() - token.fold_size,
              "a token's fold lies inside the folds");
    }
    (void)Segmentation::SentenceText(text, sentence);
    previous_end = sentence.end;
    previous_paragraph = sentence.paragraph;
  }
  Require(next_token == segmentation.tokens.size(), "every token belongs to a sentence");
}

void Explain(const Document& document, const Segmentation& segmentation) {
  std::ostringstream json;
  WriteExplainJson(document, segmentation, json);
  std::istringstream lines(json.str());
  for (std::string line; std::getline(lines, line);)
    Require(nlohmann::json::accept(line), "explain --format json writes one JSON value a line");
  std::ostringstream text;
  WriteExplainText(document, segmentation, text);
}

}  // namespace

void FuzzDocument(std::string_view bytes) {
  static Segmenter* const segmenters[2] = {
      [] { Status s; return Segmenter::Create(Language::kGerman, &s).release(); }(),
      [] { Status s; return Segmenter::Create(Language::kEnglish, &s).release(); }(),
  };
  Require(segmenters[0] && segmenters[1], "segmenters need ICU data");

  testing::MemoryFileSystem fs;
  fs.files["doc.md"] = std::string(bytes);
  fs.files["doc.jsonl"] = std::string(bytes);
  fs.files["-"] = std::string(bytes);
  fs.chunk_size = 1 + bytes.size() % 61;  // lines across reads, at many places

  Segmentation segmentation;
  auto on_document = [&](Document&& document) {
    RequireGoodDocument(document);
    segmenters[LanguageIndex(document.lang)]->Segment(document, &segmentation);
    RequireGoodSegmentation(document, segmentation);
    Explain(document, segmentation);
  };
  Diagnostics diagnostics;
  ReadInputs({"doc.md", "doc.jsonl", "-"}, ReadOptions{}, fs, on_document, diagnostics);
  for (const char* file : {"doc.md", "doc.jsonl", "-"}) RequirePlacesIn(diagnostics, file, bytes);
  for (const Diagnostic& diagnostic : diagnostics.items()) (void)diagnostic.ToString();
}

}  // namespace parley::fuzz
