#include "segment/fold.h"

#include <unicode/ustring.h>

namespace parley {
namespace {

bool IsInvisible(char16_t c) {
  return c == 0x00AD || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
}

}  // namespace

Folder::Folder() {
  UErrorCode status = U_ZERO_ERROR;
  nfc_ = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) nfc_ = nullptr;
}

void Folder::AppendFold(std::string_view text, std::string* out) {
  // Most tokens are ASCII: lowercase them while copying. German words are
  // mostly ASCII plus precomposed Latin-1 letters (ä, ö, ü, ß), whose full
  // case folding is fixed: fold those here too. Everything else goes to ICU.
  const size_t at = out->size();
  out->append(text);
  char* target = out->data() + at;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(target[i]);
    if (c < 0x80) {
      if (static_cast<unsigned>(c - 'A') < 26u) target[i] = static_cast<char>(c + 32);
      continue;
    }
    if (!FoldLatin1Tail(text, at, i, out)) {
      out->resize(at);
      FoldNonAscii(text, out);
    }
    return;
  }
}

// Folds text[from, end) into out (which holds text[0, from) folded after
// `at`) when it holds only ASCII and U+00C0..U+00FF; false otherwise.
bool Folder::FoldLatin1Tail(std::string_view text, size_t at, size_t from, std::string* out) {
  out->resize(at + from);
  for (size_t i = from; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out->push_back(static_cast<char>(static_cast<unsigned>(c - 'A') < 26u ? c + 32 : c));
      continue;
    }
    if (c != 0xC3 || i + 1 >= text.size()) return false;
    const unsigned char d = static_cast<unsigned char>(text[++i]);
    if (d < 0x80 || d > 0xBF) return false;
    // Combining marks after a letter would make the text non-NFC.
    if (i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xCC) return false;
    out->push_back(static_cast<char>(0xC3));
    if (d == 0x9F) {  // ß folds to "ss"
      out->back() = 's';
      out->push_back('s');
    } else if (d >= 0x80 && d <= 0x9E && d != 0x97) {  // À..Þ but ×
      out->push_back(static_cast<char>(d + 0x20));
    } else {
      out->push_back(static_cast<char>(d));
    }
  }
  return true;
}

void Folder::FoldNonAscii(std::string_view text, std::string* out) {
  scratch_ = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  UErrorCode status = U_ZERO_ERROR;
  if (nfc_ && !nfc_->isNormalized(scratch_, status)) {
    normalized_.remove();
    nfc_->normalize(scratch_, normalized_, status);
    scratch_ = normalized_;
  }
  scratch_.foldCase(U_FOLD_CASE_DEFAULT);
  status = U_ZERO_ERROR;
  if (nfc_ && !nfc_->isNormalized(scratch_, status)) {
    normalized_.remove();
    nfc_->normalize(scratch_, normalized_, status);
    scratch_ = normalized_;
  }
  // Drop invisible characters and straighten apostrophes in place.
  int32_t kept = 0;
  for (int32_t i = 0; i < scratch_.length(); ++i) {
    char16_t c = scratch_.charAt(i);
    if (IsInvisible(c)) continue;
    if (c == 0x2019 || c == 0x02BC) c = u'\'';
    scratch_.setCharAt(kept++, c);
  }
  scratch_.truncate(kept);
  scratch_.toUTF8String(*out);
}

}  // namespace parley
