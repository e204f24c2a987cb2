#include "segment/utf16_text.h"

#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <cstring>

namespace parley {

UText* Utf16Text::Assign(std::string_view utf8) {
  units_.resize(utf8.size());  // never more UTF-16 units than UTF-8 bytes
  anchors_.clear();
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t length = static_cast<int32_t>(utf8.size());
  char16_t* out = units_.data();
  int32_t i = 0;
  int32_t o = 0;
  while (i < length) {
    // ASCII runs: eight bytes at a time.
    while (i + 8 <= length) {
      uint64_t word;
      std::memcpy(&word, s + i, 8);
      if (word & 0x8080808080808080ULL) break;
      for (int k = 0; k < 8; ++k) out[o + k] = s[i + k];
      i += 8;
      o += 8;
    }
    if (i >= length) break;
    if (s[i] < 0x80) {
      out[o++] = s[i++];
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) c = 0xFFFD;
    if (U16_LENGTH(c) == 2) {
      out[o++] = U16_LEAD(c);
      out[o++] = U16_TRAIL(c);
    } else {
      out[o++] = static_cast<char16_t>(c);
    }
    anchors_.push_back({static_cast<uint32_t>(o), static_cast<uint32_t>(i)});
  }
  units_.resize(static_cast<size_t>(o));
  UErrorCode status = U_ZERO_ERROR;
  utext_openUChars(&utext_, reinterpret_cast<const UChar*>(units_.data()), o, &status);
  return U_SUCCESS(status) ? &utext_ : nullptr;
}

}  // namespace parley
