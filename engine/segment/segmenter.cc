// The segmentation stage: line layout → tokens → sentence breaks →
// sentences with lines, columns and paragraphs.
#include "parley/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstring>

#include "segment/fold.h"
#include "segment/line_layout.h"
#include "segment/sentence_breaks.h"
#include "segment/tokenizer.h"
#include "segment/utf16_text.h"

namespace parley {
namespace {

// Opening quotes and brackets that belong to the sentence they open.
bool IsOpening(std::string_view text, size_t end, size_t* length) {
  if (end == 0) return false;
  // Every opening mark ends in one of these bytes; most text does not.
  switch (static_cast<unsigned char>(text[end - 1])) {
    case '"': case '\'': case '(': case '[': case 0x9E: case 0x9A: case 0x9C: case 0x98:
    case 0xBB: case 0xAB: case 0xBA: case 0xB9:
      break;
    default:
      return false;
  }
  static constexpr std::string_view kOpenings[] = {
      "\"", "'", "(", "[", "\xE2\x80\x9E" /* „ */, "\xE2\x80\x9A" /* ‚ */,
      "\xE2\x80\x9C" /* “ */, "\xE2\x80\x98" /* ‘ */, "\xC2\xBB" /* » */, "\xC2\xAB" /* « */,
      "\xE2\x80\xBA" /* › */, "\xE2\x80\xB9" /* ‹ */};
  for (std::string_view opening : kOpenings) {
    if (end >= opening.size() && text.substr(end - opening.size(), opening.size()) == opening) {
      *length = opening.size();
      return true;
    }
  }
  return false;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

// Advances line and column from `*offset` to `target` (never backwards).
class PositionCursor {
 public:
  PositionCursor(std::string_view text, uint32_t offset, int line)
      : text_(text), offset_(offset), line_(line) {
    // The column of `offset` within its line.
    size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    line_start = offset == 0 || line_start == std::string_view::npos ? 0 : line_start + 1;
    for (size_t i = line_start; i < offset; ++i)
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column_;
  }
  void AdvanceTo(uint32_t target) {
    const char* data = text_.data();
    while (offset_ < target) {
      const void* newline = std::memchr(data + offset_, '\n', target - offset_);
      if (newline == nullptr) break;
      ++line_;
      column_ = 1;
      offset_ = static_cast<uint32_t>(static_cast<const char*>(newline) - data) + 1;
    }
    for (; offset_ < target; ++offset_)
      if ((static_cast<unsigned char>(data[offset_]) & 0xC0) != 0x80) ++column_;
  }
  int line() const { return line_; }
  int column() const { return column_; }

 private:
  std::string_view text_;
  uint32_t offset_;
  int line_;
  int column_ = 1;
};

}  // namespace

class Segmenter::Impl {
 public:
  Impl(Language language, std::unique_ptr<icu::BreakIterator> sentences,
       std::unique_ptr<icu::BreakIterator> words)
      : language_(language),
        sentences_(std::move(sentences)),
        words_(std::move(words)),
        tokenizer_(language, words_.get(), &folder_) {}

  Language language() const { return language_; }

  void Segment(std::string_view text, uint32_t begin, int first_line, Segmentation* out,
               const SentenceLimits& limits) {
    out->sentences.clear();
    out->tokens.clear();
    out->folds.clear();
    std::string_view body = text.substr(begin);
    MarkSoftLineBreaks(body, &work_);
    out->tokens.reserve(work_.size() / 5);
    if (!SetText(work_)) return;
    tokenizer_.Tokenize(work_, utf16_, begin, out);
    FindSentenceEnds(language_, sentences_.get(), work_, utf16_, begin, *out, &ends_);
    BuildSentences(text, begin, first_line, limits, out);
  }

  void Tokenize(std::string_view text, Segmentation* out) {
    out->sentences.clear();
    out->tokens.clear();
    out->folds.clear();
    if (!SetText(text)) return;
    tokenizer_.Tokenize(text, utf16_, 0, out);
    Sentence sentence;
    sentence.end = static_cast<uint32_t>(text.size());
    sentence.token_count = static_cast<uint32_t>(out->tokens.size());
    out->sentences.push_back(sentence);
  }

 private:
  bool SetText(std::string_view text) {
    UText* utext = utf16_.Assign(text);
    if (utext == nullptr) return false;
    UErrorCode status = U_ZERO_ERROR;
    words_->setText(utext, status);
    sentences_->setText(utext, status);
    return U_SUCCESS(status);
  }

  void BuildSentences(std::string_view text, uint32_t begin, int first_line,
                      const SentenceLimits& limits, Segmentation* out) {
    PositionCursor cursor(text, begin, first_line);
    size_t token = 0;
    int paragraph = 0;
    uint32_t previous_end = begin;
    bool any = false;
    uint32_t sentence_begin = begin;
    for (uint32_t relative_end : ends_) {
      const uint32_t sentence_end = relative_end + begin;
      Sentence sentence;
      sentence.first_token = static_cast<uint32_t>(token);
      while (token < out->tokens.size() && out->tokens[token].start < sentence_end) ++token;
      sentence.token_count = static_cast<uint32_t>(token - sentence.first_token);
      const uint32_t span_begin = sentence_begin;
      sentence_begin = sentence_end;
      if (sentence.token_count == 0) continue;  // only punctuation or markup

      size_t start = out->tokens[sentence.first_token].start;
      size_t opening;
      while (start > span_begin && IsOpening(text, start, &opening)) start -= opening;
      size_t end = sentence_end;
      while (end > start && IsSpace(text[end - 1])) --end;
      sentence.start = static_cast<uint32_t>(start);
      sentence.end = static_cast<uint32_t>(end);

      if (any && text.substr(previous_end, start - previous_end).find('\n') !=
                     std::string_view::npos)
        ++paragraph;
      sentence.paragraph = paragraph;
      cursor.AdvanceTo(sentence.start);
      sentence.line = cursor.line();
      sentence.column = cursor.column();
      ApplyLimits(text, limits, &sentence);
      out->sentences.push_back(sentence);
      previous_end = sentence.end;
      any = true;
    }
  }

  // Leaves out the tokens of a sentence over `limits`, so that no rule is
  // tried on it. Characters are counted only when the bytes could be too
  // many (a character is at least one byte).
  static void ApplyLimits(std::string_view text, const SentenceLimits& limits, Sentence* sentence) {
    if (sentence->token_count > limits.max_tokens) {
      sentence->over_limit = Sentence::OverLimit::kTokens;
      sentence->size = sentence->token_count;
    } else if (sentence->end - sentence->start > limits.max_chars) {
      uint32_t chars = 0;
      for (uint32_t i = sentence->start; i < sentence->end; ++i)
        chars += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
      if (chars <= limits.max_chars) return;
      sentence->over_limit = Sentence::OverLimit::kChars;
      sentence->size = chars;
    } else {
      return;
    }
    sentence->token_count = 0;
  }

  Language language_;
  std::unique_ptr<icu::BreakIterator> sentences_;
  std::unique_ptr<icu::BreakIterator> words_;
  Folder folder_;
  Tokenizer tokenizer_;
  Utf16Text utf16_;
  std::string work_;
  std::vector<uint32_t> ends_;
};

std::unique_ptr<Segmenter> Segmenter::Create(Language language, Status* status) {
  UErrorCode error = U_ZERO_ERROR;
  const icu::Locale locale(language == Language::kGerman ? "de" : "en");
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(locale, error));
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(locale, error));
  if (U_FAILURE(error) || !sentences || !words) {
    if (status) {
      Diagnostic diagnostic;
      diagnostic.message = std::string("ICU cannot make break iterators (") + u_errorName(error) +
                           "): is ICU's data installed?";
      *status = Status::Error(std::move(diagnostic));
    }
    return nullptr;
  }
  if (status) *status = Status::Ok();
  return std::unique_ptr<Segmenter>(
      new Segmenter(std::make_unique<Impl>(language, std::move(sentences), std::move(words))));
}

Segmenter::Segmenter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Segmenter::~Segmenter() = default;
Language Segmenter::language() const { return impl_->language(); }

void Segmenter::Segment(std::string_view text, uint32_t begin, int first_line, Segmentation* out,
                        const SentenceLimits& limits) {
  impl_->Segment(text, begin, first_line, out, limits);
}

void Segmenter::Tokenize(std::string_view text, Segmentation* out) { impl_->Tokenize(text, out); }

std::string Segmentation::SentenceText(std::string_view text, const Sentence& sentence) {
  std::string out;
  out.reserve(sentence.end - sentence.start);
  bool space = false;
  for (size_t i = sentence.start; i < sentence.end; ++i) {
    if (IsSpace(text[i])) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += text[i];
  }
  return out;
}

}  // namespace parley
