#include "segment/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/ubrk.h>
#include <unicode/utf8.h>

#include "segment/language_data.h"
#include "segment/numbers.h"

namespace parley {
namespace {

UChar32 CodePointAt(std::string_view text, size_t i, size_t* next) {
  UChar32 c;
  int32_t index = static_cast<int32_t>(i);
  U8_NEXT(text.data(), index, static_cast<int32_t>(text.size()), c);
  *next = static_cast<size_t>(index);
  return c;
}

// The length of a run of letters starting at `i` (0 if none), in bytes.
size_t LetterRun(std::string_view text, size_t i, int max_letters) {
  size_t j = i;
  int letters = 0;
  while (j < text.size()) {
    size_t next;
    UChar32 c = CodePointAt(text, j, &next);
    if (!u_isalpha(c)) break;
    if (++letters > max_letters) return 0;
    j = next;
  }
  return j - i;
}

// Where an English word splits off its clitic ("Ukraine's" at the
// apostrophe, "didn't" before the n), or `end` when it has none.
size_t CliticSplit(std::string_view text, size_t start, size_t end) {
  // The last apostrophe (' or ’, whose UTF-8 form starts with 0xE2).
  size_t i = end;
  size_t apostrophe = 0;
  while (i > start + 1) {
    --i;
    const char c = text[i];
    if (c == '\'') {
      apostrophe = 1;
      break;
    }
    if (static_cast<unsigned char>(c) == 0xE2 && end - i >= 3 && text[i + 1] == '\x80' &&
        text[i + 2] == '\x99') {
      apostrophe = 3;
      break;
    }
  }
  if (apostrophe == 0) return end;
  const size_t suffix_size = end - i - apostrophe;
  if (suffix_size == 0 || suffix_size > 2) return end;
  const char a = static_cast<char>(text[i + apostrophe] | 0x20);
  const char b = suffix_size == 2 ? static_cast<char>(text[i + apostrophe + 1] | 0x20) : '\0';
  if (suffix_size == 1) {
    if (a == 't' && i - 1 > start && (text[i - 1] | 0x20) == 'n') return i - 1;  // n't
    if (a == 's' || a == 'd' || a == 'm') return i;                              // 's 'd 'm
    return end;
  }
  if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l')) return i;
  return end;
}

}  // namespace

// If the word [start, end) followed by a dot is an abbreviation, possibly of
// several dotted parts ("z. B.", "U.S.", "u.a."), returns its end including
// the last dot; else `end`.
size_t Tokenizer::AbbreviationEnd(std::string_view text, size_t start, size_t end) {
  // Abbreviations are short ("approx." is the longest word in the lists);
  // longer words end sentences, and most sentence-final words are long.
  const std::string_view word = text.substr(start, end - start);
  const bool dotted = word.find('.') != std::string_view::npos;
  if (!dotted && !MayStartAbbreviation(language_, word.size(), word[0])) return end;
  // The candidate, folded and without spaces, grows part by part: "z." "z.b.".
  scratch_.clear();
  auto add_part = [&](std::string_view part) {
    for (char c : part) {
      if (static_cast<unsigned char>(c) >= 0x80) {  // "o. Ä." and the like: ICU folds
        folder_->AppendFold(part, &scratch_);
        return;
      }
    }
    for (char c : part) scratch_ += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  };
  add_part(text.substr(start, end + 1 - start));
  size_t best = IsAbbreviation(language_, scratch_) ? end + 1 : end;
  // "z. B.", "u. a.", "i. d. R.": more parts of up to three letters, each
  // after a dot and at most one space. Only short first parts start one.
  if (!dotted && word.size() <= 3) {
    size_t pos = end + 1;
    for (int parts = 2; parts <= 4; ++parts) {
      size_t next = pos < text.size() && text[pos] == ' ' ? pos + 1 : pos;
      size_t letters = next < text.size() ? LetterRun(text, next, 3) : 0;
      if (letters == 0 || next + letters >= text.size() || text[next + letters] != '.') break;
      add_part(text.substr(next, letters + 1));
      pos = next + letters + 1;
      if (IsAbbreviation(language_, scratch_)) best = pos;
    }
  }
  if (best == end && dotted) {
    // ICU keeps "U.S" and "e.g" as one word; with their final dot they are
    // abbreviations when every part is a letter or two.
    bool short_parts = true;
    size_t part = 0;
    for (char c : word) {
      part = c == '.' ? 0 : part + 1;
      if (part > 2) short_parts = false;
    }
    if (short_parts) best = end + 1;
  }
  return best;
}

inline void Tokenizer::Emit(std::string_view text, size_t start, size_t end, uint32_t base,
                     bool number_status, bool abbreviation, Segmentation* out) {
  Token token;
  token.start = static_cast<uint32_t>(start + base);
  token.end = static_cast<uint32_t>(end + base);
  token.fold_offset = static_cast<uint32_t>(folds_end_);
  folds_end_ = folder_->FoldInto(text.substr(start, end - start), text.data() + text.size(),
                                 &out->folds, folds_end_);
  if (abbreviation) {
    // "z. B." folds to "z.b.": spaces inside an abbreviation do not count.
    size_t kept = token.fold_offset;
    for (size_t i = token.fold_offset; i < folds_end_; ++i)
      if (out->folds[i] != ' ') out->folds[kept++] = out->folds[i];
    folds_end_ = kept;
  }
  token.fold_size = static_cast<uint32_t>(folds_end_ - token.fold_offset);
  token.is_abbreviation = abbreviation;
  const std::string_view fold = out->Fold(token);
  token.is_number = number_status ? ParseDigitNumber(fold, &token.value)
                                  : MayBeNumberWord(language_, fold) &&
                                        ParseNumberWord(language_, fold, &token.value);
  out->tokens.push_back(token);
}

void Tokenizer::Tokenize(std::string_view text, const Utf16Text& utf16, uint32_t base,
                         Segmentation* out) {
  Utf16Text::Cursor cursor(utf16);
  folds_end_ = out->folds.size();
  out->folds.resize(folds_end_ + text.size() + 16);
  size_t covered = 0;  // words before this offset were merged into an abbreviation
  int32_t start = words_->first();
  for (int32_t end = words_->next(); end != icu::BreakIterator::DONE;
       start = end, end = words_->next()) {
    // A segment that starts with an ASCII character is a word if that is a
    // letter, a number if it is a digit, and space or punctuation otherwise
    // (ICU's rule status says the same, at a price paid for every segment).
    const char16_t first = utf16.at(start);
    bool number_status;
    if (first < 0x80) {
      const bool letter = (first | 0x20) >= 'a' && (first | 0x20) <= 'z';
      number_status = first >= '0' && first <= '9';
      if (!letter && !number_status) continue;
    } else {
      const int32_t status = words_->getRuleStatus();
      if (status >= UBRK_WORD_NONE && status < UBRK_WORD_NONE_LIMIT) continue;
      number_status = status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT;
    }
    const size_t s = cursor.ToUtf8(start);
    const size_t e = cursor.ToUtf8(end);
    if (s < covered) continue;
    if (!number_status && e < text.size() && text[e] == '.') {
      size_t abbreviation_end = AbbreviationEnd(text, s, e);
      if (abbreviation_end != e) {
        Emit(text, s, abbreviation_end, base, false, true, out);
        covered = abbreviation_end;
        continue;
      }
    }
    if (language_ == Language::kEnglish && !number_status) {
      size_t split = CliticSplit(text, s, e);
      if (split != e) {
        Emit(text, s, split, base, false, false, out);
        Emit(text, split, e, base, false, false, out);
        continue;
      }
    }
    Emit(text, s, e, base, number_status, false, out);
  }
  out->folds.resize(folds_end_);
}

}  // namespace parley
