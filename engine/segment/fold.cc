#include "segment/fold.h"

#include <unicode/ustring.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

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

size_t Folder::FoldInto(std::string_view text, const char* readable_end, std::string* out,
                        size_t at) {
  // Most tokens are ASCII: lowercase them eight bytes at a time (adding 0x20
  // to the bytes in 'A'..'Z'), reading and writing whole words past the token
  // where the buffers allow. German words are mostly ASCII plus precomposed
  // Latin-1 letters (ä, ö, ü, ß), whose full case folding is fixed: those are
  // folded here too. Everything else goes to ICU.
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  const size_t size = text.size();
  if (out->size() < at + size + 8) out->resize(std::max(2 * out->size(), at + size + 8));
  char* target = out->data() + at;
  const char* source = text.data();
  size_t i = 0;
  for (; i < size; i += 8) {
    const size_t left = size - i;
    uint64_t word;
    if (source + i + 8 <= readable_end) {
      std::memcpy(&word, source + i, 8);
    } else {
      word = 0;
      std::memcpy(&word, source + i, left < 8 ? left : 8);
    }
    const uint64_t mine = left >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * left)) - 1;
    if (word & kHigh & mine) break;
    const uint64_t at_least_a = (word & ~kHigh) + (0x80 - 'A') * kOnes;
    const uint64_t above_z = (word & ~kHigh) + (0x7F - 'Z') * kOnes;
    word |= ((at_least_a & ~above_z & ~word & kHigh) >> 2);
    std::memcpy(target + i, &word, 8);
  }
  if (i >= size) return at + size;
  // Not ASCII after all: go on from the eight bytes that were not.
  const size_t end = FoldLatin1Tail(text, at, i, out);
  return end != 0 ? end : FoldNonAscii(text, out, at);
}

// Folds text[from, end) into out after the folded text[0, from) at `at`, when
// it holds only ASCII and U+00C0..U+00FF. Returns the end, or 0 otherwise.
size_t Folder::FoldLatin1Tail(std::string_view text, size_t at, size_t from, std::string* out) {
  // ß doubles, so the folded form is at most twice as long.
  if (out->size() < at + 2 * text.size())
    out->resize(std::max(2 * out->size(), at + 2 * text.size()));
  char* target = out->data();
  size_t o = at + from;
  for (size_t i = from; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      target[o++] = static_cast<char>(static_cast<unsigned>(c - 'A') < 26u ? c + 32 : c);
      continue;
    }
    if (c != 0xC3 || i + 1 >= text.size()) return 0;
    const unsigned char d = static_cast<unsigned char>(text[++i]);
    if (d < 0x80 || d > 0xBF) return 0;
    // Combining marks after a letter would make the text non-NFC.
    if (i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xCC) return 0;
    if (d == 0x9F) {  // ß folds to "ss"
      target[o++] = 's';
      target[o++] = 's';
    } else {
      target[o++] = static_cast<char>(0xC3);
      // À..Þ (but ×) fold to à..þ, 0x20 further on.
      target[o++] = static_cast<char>(d >= 0x80 && d <= 0x9E && d != 0x97 ? d + 0x20 : d);
    }
  }
  return o;
}

size_t Folder::FoldNonAscii(std::string_view text, std::string* out, size_t at) {
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
  utf8_.clear();
  scratch_.toUTF8String(utf8_);
  if (out->size() < at + utf8_.size()) out->resize(std::max(2 * out->size(), at + utf8_.size()));
  std::memcpy(out->data() + at, utf8_.data(), utf8_.size());
  return at + utf8_.size();
}

}  // namespace parley
