// The folded form of a token: what matching compares. NFC, then ICU full
// case folding ("Straße" → "strasse"), then NFC again; curly apostrophes
// become straight ones and invisible characters (soft hyphen, zero-width
// joiners) are dropped, so "Waffen\u00ADruhe" folds like "Waffenruhe".
#ifndef PARLEY_ENGINE_SEGMENT_FOLD_H_
#define PARLEY_ENGINE_SEGMENT_FOLD_H_

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <string>
#include <string_view>

namespace parley {

class Folder {
 public:
  Folder();  // NFC data is part of ICU's core; this cannot fail in practice.

  // Appends the folded form of valid UTF-8 `text` to `out`.
  void AppendFold(std::string_view text, std::string* out) {
    out->resize(FoldInto(text, text.data() + text.size(), out, out->size()));
  }

  // Writes the folded form of `text` into `out` at `at`, growing `out` when it
  // is too short, and returns where the folded form ends. For writing many
  // folds back to back without paying std::string::append per token: bytes
  // past the returned end may be overwritten, and the caller trims `out` at
  // the end. Bytes up to `readable_end` (>= the end of `text`) may be read.
  size_t FoldInto(std::string_view text, const char* readable_end, std::string* out, size_t at);

 private:
  size_t FoldLatin1Tail(std::string_view text, size_t at, size_t from, std::string* out);
  size_t FoldNonAscii(std::string_view text, std::string* out, size_t at);

  const icu::Normalizer2* nfc_ = nullptr;
  icu::UnicodeString scratch_;
  icu::UnicodeString normalized_;
  std::string utf8_;
};

}  // namespace parley

#endif  // PARLEY_ENGINE_SEGMENT_FOLD_H_
