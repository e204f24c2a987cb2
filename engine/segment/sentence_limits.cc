// Warnings about the sentences too long to be matched (SentenceLimits).
#include <string>

#include "parley/segmenter.h"

namespace parley {

std::string OverLimitText(const Sentence& sentence, const SentenceLimits& limits) {
  if (sentence.over_limit == Sentence::OverLimit::kNone) return "";
  const bool tokens = sentence.over_limit == Sentence::OverLimit::kTokens;
  std::string text = std::to_string(sentence.size);
  text.append(tokens ? " tokens, over the limit of " : " characters, over the limit of ")
      .append(std::to_string(tokens ? limits.max_tokens : limits.max_chars))
      .append(tokens ? " (--max-sentence-tokens raises it)" : " (--max-sentence-chars raises it)");
  return text;
}

void WarnAboutLongSentences(const Document& document, const Segmentation& segmentation,
                            Diagnostics& diagnostics) {
  size_t warned = 0;
  size_t unwarned = 0;
  for (const Sentence& sentence : segmentation.sentences) {
    if (sentence.over_limit == Sentence::OverLimit::kNone) continue;
    // A text with one overlong sentence often has hundreds: a few show the
    // pattern, a count says how far it goes.
    if (warned == kMaxSentenceWarnings) {
      ++unwarned;
      continue;
    }
    ++warned;
    Diagnostic diagnostic;
    diagnostic.severity = Severity::kWarning;
    diagnostic.file = document.file;
    if (document.from_jsonl) {
      // Lines and columns of a .jsonl document are those of its decoded text.
      diagnostic.line = document.file_line;
      diagnostic.message = std::string("the sentence at line ")
                               .append(std::to_string(sentence.line))
                               .append(", column ")
                               .append(std::to_string(sentence.column))
                               .append(" of document '")
                               .append(document.id)
                               .append("' has ");
    } else {
      diagnostic.line = sentence.line;
      diagnostic.column = sentence.column;
      diagnostic.byte_offset = sentence.start;
      diagnostic.message = "sentence of ";
    }
    diagnostic.message.append(OverLimitText(sentence, document.sentence_limits))
        .append("; not matched");
    diagnostics.Add(std::move(diagnostic));
  }
  if (unwarned > 0)
    diagnostics.Warning(document.file, document.from_jsonl ? document.file_line : 0, 0,
                        std::to_string(unwarned)
                            .append(unwarned == 1 ? " more sentence" : " more sentences")
                            .append(" of document '")
                            .append(document.id)
                            .append("' over the sentence limits; not matched"));
}

}  // namespace parley
