#include "segment/line_layout.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <vector>

namespace parley {
namespace {

struct Line {
  size_t begin = 0;  // first byte
  size_t end = 0;    // the '\n' (or '\r' before it), or the text's end
  bool has_newline = false;
  bool blank = true;  // no letter or digit
  int length = 0;     // code points, without surrounding spaces
  int indent = 0;
  bool heading = false;
  bool bullet = false;        // "- ", "* ", "• "
  bool numbered = false;      // "1. ", "2) "
  bool list_item = false;     // settled with the lines around it
  bool starts_lower = false;  // first letter is lowercase, or first character a digit
  bool ends_terminal = false;
  bool ends_continuation = false;
};

UChar32 NextCodePoint(std::string_view text, size_t* i) {
  UChar32 c;
  int32_t index = static_cast<int32_t>(*i);
  U8_NEXT(text.data(), index, static_cast<int32_t>(text.size()), c);
  *i = static_cast<size_t>(index);
  return c;
}

UChar32 PreviousCodePoint(std::string_view text, size_t begin, size_t* i) {
  UChar32 c;
  int32_t index = static_cast<int32_t>(*i);
  U8_PREV(text.data(), static_cast<int32_t>(begin), index, c);
  *i = static_cast<size_t>(index);
  return c;
}

bool IsClosing(UChar32 c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201C || c == 0x201D ||
         c == 0x2019 || c == 0x00BB || c == 0x00AB || c == 0x203A || c == 0x2039 || c == '*' ||
         c == '_';
}

bool IsSentenceEnd(UChar32 c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

bool IsContinuation(UChar32 c) {
  return c == ',' || c == ';' || c == ':' || c == '-' || c == 0x2013 || c == 0x2014 || c == '(' ||
         c == '/' || c == '&';
}

// Code points in valid UTF-8: bytes less continuation bytes (10xxxxxx),
// counted eight bytes at a time.
int CountCodePoints(std::string_view text) {
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  size_t continuation = 0;
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    continuation += static_cast<size_t>(std::popcount(word & ~(word << 1) & kHigh));
  }
  for (; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++continuation;
  return static_cast<int>(text.size() - continuation);
}

Line Describe(std::string_view text, size_t begin, size_t end) {
  Line line;
  line.begin = begin;
  line.end = end;
  size_t i = begin;
  while (i < end && (text[i] == ' ' || text[i] == '\t')) {
    ++line.indent;
    ++i;
  }
  const size_t content = i;
  // Only the first letter or digit matters: it makes the line non-blank and
  // tells whether the line starts in lowercase.
  while (i < end) {
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    UChar32 c = byte;
    if (byte < 0x80) {
      ++i;
      if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !(c >= '0' && c <= '9')) continue;
    } else {
      c = NextCodePoint(text, &i);
      if (!u_isalnum(c)) continue;
    }
    line.blank = false;
    line.starts_lower = u_islower(c) || u_isdigit(c);
    break;
  }
  if (line.blank) return line;
  size_t last = end;
  while (last > content && (text[last - 1] == ' ' || text[last - 1] == '\t')) --last;
  line.length = CountCodePoints(text.substr(content, last - content));

  std::string_view head = text.substr(content, last - content);
  line.heading = head[0] == '#';
  line.bullet = head.size() > 1 && head[1] == ' ' &&
                (head[0] == '-' || head[0] == '*' || head[0] == '+');
  if (head.substr(0, 4) == "\xE2\x80\xA2 " || head.substr(0, 4) == "\xE2\x80\x93 ")
    line.bullet = true;  // "• " and "– "
  size_t digits = 0;
  while (digits < head.size() && digits < 4 && head[digits] >= '0' && head[digits] <= '9') ++digits;
  line.numbered = digits > 0 && digits < 4 && head.size() > digits + 1 &&
                  (head[digits] == '.' || head[digits] == ')') && head[digits + 1] == ' ';

  size_t j = last;
  UChar32 c = PreviousCodePoint(text, content, &j);
  while (IsClosing(c) && j > content) c = PreviousCodePoint(text, content, &j);
  line.ends_terminal = IsSentenceEnd(c);
  line.ends_continuation = IsContinuation(c);
  return line;
}

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t newline = text.find('\n', begin);
    size_t end = newline == std::string_view::npos ? text.size() : newline;
    size_t content_end = end > begin && text[end - 1] == '\r' ? end - 1 : end;
    Line line = Describe(text, begin, content_end);
    line.end = content_end;
    line.has_newline = newline != std::string_view::npos;
    lines.push_back(line);
    if (newline == std::string_view::npos) break;
    begin = newline + 1;
  }
  // A numbered line is a list item only where a list can start: after a
  // blank line, a colon or another item ("am\n16. Mai" is no list).
  for (size_t i = 0; i < lines.size(); ++i) {
    Line& line = lines[i];
    const Line* previous = i > 0 ? &lines[i - 1] : nullptr;
    line.list_item = line.bullet ||
                     (line.numbered && (previous == nullptr || previous->blank ||
                                        previous->list_item || previous->heading ||
                                        (previous->ends_continuation &&
                                         text[previous->end - 1] == ':')));
  }
  return lines;
}

// The width a hard-wrapped text was wrapped at, or 0 if it is not wrapped:
// most lines then run to nearly the same width, and it is a narrow one.
int WrapWidth(const std::vector<Line>& lines) {
  std::vector<int> lengths;
  int continued = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    lengths.push_back(lines[i].length);
    if (i + 1 < lines.size() && !lines[i + 1].blank) ++continued;
  }
  if (lengths.size() < 3 || continued * 2 < static_cast<int>(lengths.size())) return 0;
  size_t p90 = lengths.size() * 9 / 10;
  std::nth_element(lengths.begin(), lengths.begin() + p90, lengths.end());
  const int width = lengths[p90];
  return width >= 30 && width <= 100 ? width : 0;
}

bool IsSoftBreak(const Line& line, const Line& next, int wrap_width) {
  if (line.blank || next.blank || line.heading || next.heading || next.list_item) return false;
  if (line.list_item) return next.indent > line.indent || next.starts_lower;
  if (line.ends_terminal || line.ends_continuation || next.starts_lower) return true;
  return wrap_width > 0 && line.length * 10 >= wrap_width * 7;
}

}  // namespace

void MarkSoftLineBreaks(std::string_view text, std::string* work) {
  work->assign(text);
  std::vector<Line> lines = SplitLines(text);
  const int wrap_width = WrapWidth(lines);
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (!lines[i].has_newline || !IsSoftBreak(lines[i], lines[i + 1], wrap_width)) continue;
    for (size_t j = lines[i].end; j < lines[i + 1].begin; ++j) (*work)[j] = ' ';
  }
}

}  // namespace parley
