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
  // Most tokens are ASCII: fold them without leaving UTF-8.
  for (unsigned char c : text) {
    if (c >= 0x80) {
      FoldNonAscii(text, out);
      return;
    }
  }
  const size_t at = out->size();
  out->append(text);
  for (size_t i = at; i < out->size(); ++i) {
    char& c = (*out)[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
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
