#include "segment/quotes.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>

namespace parley {
namespace {

// The quotation marks, by what they close.
enum Mark : int { kNone, kLowDouble, kLeftDouble, kRightDouble, kRightGuillemet, kLeftGuillemet,
                  kStraight };

Mark MarkAt(std::string_view text, size_t i, size_t* length) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c == '"') {
    *length = 1;
    return kStraight;
  }
  if (c == 0xC2 && i + 1 < text.size()) {
    *length = 2;
    if (text[i + 1] == '\xBB') return kRightGuillemet;  // »
    if (text[i + 1] == '\xAB') return kLeftGuillemet;   // «
  }
  if (c == 0xE2 && i + 2 < text.size() && text[i + 1] == '\x80') {
    *length = 3;
    if (text[i + 2] == '\x9E') return kLowDouble;    // „
    if (text[i + 2] == '\x9C') return kLeftDouble;   // “
    if (text[i + 2] == '\x9D') return kRightDouble;  // ”
  }
  return kNone;
}

// Whether `mark` closes a quotation opened by `opening`.
bool Closes(Language language, Mark opening, Mark mark) {
  switch (opening) {
    case kLowDouble: return mark == kLeftDouble || mark == kRightDouble;  // „…“ „…”
    case kLeftDouble: return mark == kRightDouble || (language == Language::kGerman && mark == kLeftDouble);
    case kRightGuillemet: return mark == kLeftGuillemet;  // »…«
    case kLeftGuillemet: return mark == kRightGuillemet;  // «…»
    case kStraight: return mark == kStraight;
    default: return false;
  }
}

bool Opens(Mark mark) { return mark != kNone && mark != kRightDouble; }

// A comma or lowercase word after the closing mark, or a comma before it.
bool IsAttributed(std::string_view text, size_t close_begin, size_t close_end) {
  size_t before = close_begin;
  while (before > 0 && text[before - 1] == ' ') --before;
  if (before > 0 && text[before - 1] == ',') return true;
  size_t after = close_end;
  while (after < text.size() && text[after] == ' ') ++after;
  if (after >= text.size()) return false;
  if (text[after] == ',') return true;
  UChar32 c;
  int32_t index = static_cast<int32_t>(after);
  U8_NEXT(text.data(), index, static_cast<int32_t>(text.size()), c);
  return after > close_end && u_islower(c);
}

}  // namespace

void FindAttributedQuotes(Language language, std::string_view text,
                          std::vector<std::pair<uint32_t, uint32_t>>* spans) {
  constexpr size_t kLongest = 1000;
  spans->clear();
  // Every quotation mark starts with '"', 0xC2 or 0xE2: follow the three with
  // memchr, which skips the text between them many bytes at a time.
  const char* data = text.data();
  const size_t size = text.size();
  auto next_of = [&](char byte, size_t from) {
    const void* hit = from < size ? std::memchr(data + from, byte, size - from) : nullptr;
    return hit ? static_cast<size_t>(static_cast<const char*>(hit) - data) : size;
  };
  size_t next_straight = next_of('"', 0);
  size_t next_c2 = next_of('\xC2', 0);
  size_t next_e2 = next_of('\xE2', 0);
  Mark open = kNone;
  size_t open_at = 0;
  while (true) {
    const size_t i = std::min({next_straight, next_c2, next_e2});
    if (i >= size) break;
    size_t length = 1;
    const Mark mark = MarkAt(text, i, &length);
    if (i == next_straight) next_straight = next_of('"', i + 1);
    if (i == next_c2) next_c2 = next_of('\xC2', i + 1);
    if (i == next_e2) next_e2 = next_of('\xE2', i + 1);
    if (mark == kNone) continue;
    // A quotation ends with its paragraph and never runs on for pages.
    if (open != kNone && (i - open_at > kLongest ||
                          std::memchr(data + open_at, '\n', i - open_at) != nullptr))
      open = kNone;
    if (open != kNone && Closes(language, open, mark)) {
      if (IsAttributed(text, i, i + length))
        spans->emplace_back(static_cast<uint32_t>(open_at), static_cast<uint32_t>(i));
      open = kNone;
    } else if (open == kNone && Opens(mark)) {
      open = mark;
      open_at = i;
    }
  }
}

}  // namespace parley
