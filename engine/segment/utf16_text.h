// A UTF-8 text converted to UTF-16 for ICU's break iterators, with what is
// needed to map ICU's UTF-16 boundaries back to UTF-8 byte offsets.
//
// ICU iterates UTF-16 markedly faster than UTF-8 (its UTF-8 UText converts
// chunk by chunk). Between two non-ASCII characters both encodings advance in
// step, so an anchor after each non-ASCII character is all the map needs.
#ifndef PARLEY_ENGINE_SEGMENT_UTF16_TEXT_H_
#define PARLEY_ENGINE_SEGMENT_UTF16_TEXT_H_

#include <unicode/utext.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

class Utf16Text {
  struct Anchor {
    uint32_t utf16;  // offsets just after a non-ASCII character
    uint32_t utf8;
  };

 public:
  Utf16Text() = default;
  ~Utf16Text() { utext_close(&utext_); }
  Utf16Text(const Utf16Text&) = delete;
  Utf16Text& operator=(const Utf16Text&) = delete;

  // Converts `utf8` (ill-formed sequences become U+FFFD) and opens the UText
  // that break iterators are given. Returns the UText, or nullptr on failure.
  UText* Assign(std::string_view utf8);

  // The UTF-16 code unit at `index` (< the text's length).
  char16_t at(int32_t index) const { return units_[static_cast<size_t>(index)]; }

  // Maps UTF-16 offsets to UTF-8 offsets. Queries must not decrease.
  class Cursor {
   public:
    explicit Cursor(const Utf16Text& text) : anchors_(text.anchors_) {}
    uint32_t ToUtf8(int32_t utf16) {
      const uint32_t target = static_cast<uint32_t>(utf16);
      while (next_ < anchors_.size() && anchors_[next_].utf16 <= target) ++next_;
      if (next_ == 0) return target;
      const Anchor& anchor = anchors_[next_ - 1];
      return anchor.utf8 + (target - anchor.utf16);
    }

   private:
    const std::vector<Anchor>& anchors_;
    size_t next_ = 0;
  };

 private:
  std::u16string units_;
  std::vector<Anchor> anchors_;
  UText utext_ = UTEXT_INITIALIZER;
};

}  // namespace parley

#endif  // PARLEY_ENGINE_SEGMENT_UTF16_TEXT_H_
