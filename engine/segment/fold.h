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
  void AppendFold(std::string_view text, std::string* out);

 private:
  bool FoldLatin1Tail(std::string_view text, size_t at, size_t from, std::string* out);
  void FoldNonAscii(std::string_view text, std::string* out);

  const icu::Normalizer2* nfc_ = nullptr;
  icu::UnicodeString scratch_;
  icu::UnicodeString normalized_;
};

}  // namespace parley

#endif  // PARLEY_ENGINE_SEGMENT_FOLD_H_
