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

bool IsApostrophe(std::string_view text, size_t i, size_t* length) {
  if (text[i] == '\'') {
    *length = 1;
    return true;
  }
  if (text.substr(i, 3) == "\xE2\x80\x99") {  // ’
    *length = 3;
    return true;
  }
  return false;
}

// Where an English word splits off its clitic ("Ukraine's" at the
// apostrophe, "didn't" before the n), or `end` when it has none.
size_t CliticSplit(std::string_view text, size_t start, size_t end) {
  for (size_t i = end; i-- > start + 1;) {
    size_t apostrophe;
    if (!IsApostrophe(text, i, &apostrophe)) continue;
    std::string suffix(text.substr(i + apostrophe, end - i - apostrophe));
    for (char& c : suffix) c = static_cast<char>(c | 0x20);
    if (suffix == "t" && i - 1 > start && (text[i - 1] | 0x20) == 'n') return i - 1;
    if (suffix == "s" || suffix == "re" || suffix == "ve" || suffix == "ll" || suffix == "d" ||
        suffix == "m")
      return i;
    return end;
  }
  return end;
}

}  // namespace

// If the word [start, end) followed by a dot is an abbreviation, possibly of
// several dotted parts ("z. B.", "U.S.", "u.a."), returns its end including
// the last dot; else `end`.
size_t Tokenizer::AbbreviationEnd(std::string_view text, size_t start, size_t end) {
  if (end >= text.size() || text[end] != '.') return end;
  // Abbreviations are short ("approx." is the longest word in the lists);
  // longer words end sentences, and most sentence-final words are long.
  if (end - start > 7 && text.substr(start, end - start).find('.') == std::string_view::npos)
    return end;
  size_t best = end;
  size_t pos = end + 1;  // after a dot
  scratch_.clear();
  folder_->AppendFold(text.substr(start, pos - start), &scratch_);
  for (int parts = 1;; ++parts) {
    std::string candidate;
    for (char c : scratch_)
      if (c != ' ') candidate += c;
    if (IsAbbreviation(language_, candidate)) best = pos;
    if (parts == 4) break;
    // Another part: optionally one space, 1–3 letters, a dot.
    size_t next = pos < text.size() && text[pos] == ' ' ? pos + 1 : pos;
    size_t letters = next < text.size() ? LetterRun(text, next, 3) : 0;
    if (letters == 0 || next + letters >= text.size() || text[next + letters] != '.') break;
    pos = next + letters + 1;
    scratch_.clear();
    folder_->AppendFold(text.substr(start, pos - start), &scratch_);
  }
  if (best == end) {
    // ICU keeps "U.S" and "e.g" as one word; with their final dot they are
    // abbreviations when every part is a letter or two.
    std::string_view word = text.substr(start, end - start);
    if (word.find('.') != std::string_view::npos) {
      bool short_parts = true;
      size_t part = 0;
      for (char c : word) {
        part = c == '.' ? 0 : part + 1;
        if (part > 2) short_parts = false;
      }
      if (short_parts) best = end + 1;
    }
  }
  return best;
}

void Tokenizer::Emit(std::string_view text, size_t start, size_t end, uint32_t base,
                     bool number_status, bool abbreviation, Segmentation* out,
                     std::vector<TokenTraits>* traits) {
  Token token;
  token.start = static_cast<uint32_t>(start + base);
  token.end = static_cast<uint32_t>(end + base);
  token.fold_offset = static_cast<uint32_t>(out->folds.size());
  std::string_view piece = text.substr(start, end - start);
  folder_->AppendFold(piece, &out->folds);
  if (abbreviation) {
    // "z. B." folds to "z.b.": spaces inside an abbreviation do not count.
    size_t kept = token.fold_offset;
    for (size_t i = token.fold_offset; i < out->folds.size(); ++i)
      if (out->folds[i] != ' ') out->folds[kept++] = out->folds[i];
    out->folds.resize(kept);
  }
  token.fold_size = static_cast<uint32_t>(out->folds.size() - token.fold_offset);
  std::string_view fold = out->Fold(token);
  std::optional<double> value = number_status ? ParseDigitNumber(fold)
                                              : ParseNumberWord(language_, fold);
  if (value) {
    token.is_number = true;
    token.value = *value;
  }
  TokenTraits trait;
  trait.abbreviation = abbreviation;
  const unsigned char lead = static_cast<unsigned char>(text[start]);
  if (lead < 0x80) {
    trait.starts_upper = lead >= 'A' && lead <= 'Z';
    trait.single_letter = end == start + 1 && ((lead | 0x20) >= 'a' && (lead | 0x20) <= 'z');
  } else {
    size_t next;
    UChar32 first = CodePointAt(text, start, &next);
    trait.starts_upper = u_isupper(first) || u_istitle(first);
    trait.single_letter = next == end && u_isalpha(first);
  }
  trait.short_integer = number_status && end - start <= 3 && fold.find_first_not_of(
                                                                  "0123456789") == std::string_view::npos;
  out->tokens.push_back(token);
  traits->push_back(trait);
}

void Tokenizer::Tokenize(std::string_view text, const Utf16Text& utf16, uint32_t base,
                         Segmentation* out, std::vector<TokenTraits>* traits) {
  Utf16Text::Cursor cursor(utf16);
  size_t covered = 0;  // words before this offset were merged into an abbreviation
  int32_t start = words_->first();
  for (int32_t end = words_->next(); end != icu::BreakIterator::DONE;
       start = end, end = words_->next()) {
    const int32_t status = words_->getRuleStatus();
    if (status >= UBRK_WORD_NONE && status < UBRK_WORD_NONE_LIMIT) continue;
    const size_t s = cursor.ToUtf8(start);
    const size_t e = cursor.ToUtf8(end);
    if (s < covered) continue;
    const bool number_status = status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT;
    if (!number_status) {
      size_t abbreviation_end = AbbreviationEnd(text, s, e);
      if (abbreviation_end != e) {
        Emit(text, s, abbreviation_end, base, false, true, out, traits);
        covered = abbreviation_end;
        continue;
      }
    }
    if (language_ == Language::kEnglish && !number_status) {
      size_t split = CliticSplit(text, s, e);
      if (split != e) {
        Emit(text, s, split, base, false, false, out, traits);
        Emit(text, split, e, base, false, false, out, traits);
        continue;
      }
    }
    Emit(text, s, e, base, number_status, false, out, traits);
  }
}

}  // namespace parley
