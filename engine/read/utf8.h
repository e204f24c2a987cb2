// Byte-level checks of input text, done with ICU's UTF-8 macros.
#ifndef PARLEY_ENGINE_READ_UTF8_H_
#define PARLEY_ENGINE_READ_UTF8_H_

#include <cstdint>
#include <string_view>

namespace parley {

// The offset of the first NUL byte (setting *binary: text never holds one,
// binary files do), else of the first byte that does not start a well-formed
// UTF-8 sequence (overlongs, surrogates and code points above U+10FFFF
// included), else -1. One pass, with ICU's UTF-8 macros.
int64_t FindBinaryOrInvalidUtf8(std::string_view bytes, bool* binary);

// 1-based line and column (in code points) of a byte offset in valid or
// invalid UTF-8 text; continuation bytes do not count as columns.
struct TextPosition {
  int line = 1;
  int column = 1;
};
TextPosition PositionOf(std::string_view bytes, size_t offset);

}  // namespace parley

#endif  // PARLEY_ENGINE_READ_UTF8_H_
