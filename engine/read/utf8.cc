#include "read/utf8.h"

#include <unicode/utf8.h>

#include <cstring>

namespace parley {

int64_t FindBinaryOrInvalidUtf8(std::string_view bytes, bool* binary) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const int64_t length = static_cast<int64_t>(bytes.size());
  int64_t first_invalid = -1;
  int64_t i = 0;
  *binary = false;
  while (i < length) {
    // Eight ASCII bytes at a time, none of them NUL.
    while (i + 8 <= length) {
      uint64_t word;
      std::memcpy(&word, s + i, 8);
      const bool has_zero = ((word - 0x0101010101010101ULL) & ~word & 0x8080808080808080ULL) != 0;
      if ((word & 0x8080808080808080ULL) || has_zero) break;
      i += 8;
    }
    if (i >= length) break;
    if (s[i] == 0) {
      *binary = true;
      return i;
    }
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    const int64_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0 && first_invalid < 0) first_invalid = start;
  }
  return first_invalid;
}

TextPosition PositionOf(std::string_view bytes, size_t offset) {
  TextPosition position;
  if (offset > bytes.size()) offset = bytes.size();
  for (size_t i = 0; i < offset; ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == '\n') {
      ++position.line;
      position.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++position.column;
    }
  }
  return position;
}

}  // namespace parley
