// Splitting a ReadStream into lines, for .jsonl files of any size: memory
// holds the longest line (up to a limit) and one chunk, never the whole file.
#ifndef PARLEY_ENGINE_READ_LINE_READER_H_
#define PARLEY_ENGINE_READ_LINE_READER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "parley/file_system.h"

namespace parley {

class LineReader {
 public:
  // Reads are `chunk_size` bytes at a time (tests make it small to split
  // lines across chunks). `stream` must outlive the reader. A line longer
  // than `max_line_bytes` is never held whole: Next() skips it and says so
  // (line_too_long()), so memory holds at most that much and one chunk.
  explicit LineReader(ReadStream& stream, size_t chunk_size = size_t{1} << 16,
                      uint64_t max_line_bytes = UINT64_MAX);

  // The next line without its '\n' (a '\r' before it is kept: what a line
  // ends with is the caller's business). Lines are as the bytes split at
  // '\n': the text after the last '\n' is a last line when not empty, so a
  // final newline does not make an empty line. The view lasts until the next
  // call. Returns false at the end, and on a read error (see error()).
  // A line over max_line_bytes comes out empty, with line_too_long() set.
  bool Next(std::string_view* line);

  // Of the line Next() returned last: whether it was longer than
  // max_line_bytes (and so skipped), and its length in bytes without '\n'.
  bool line_too_long() const { return line_too_long_; }
  uint64_t line_size() const { return line_size_; }

  // Of the line Next() returned last: its 1-based number, the 0-based byte
  // offset of its first byte, and where it ends counting its '\n' (the
  // offset just past what has been handed out).
  int line_number() const { return line_number_; }
  uint64_t line_offset() const { return line_offset_; }
  uint64_t consumed() const { return consumed_; }

  // The first byte that is not ' ', '\t', '\r' or '\n' in what is not yet
  // handed out, reading as far as needed (all of it when it is all blank);
  // '\0' when there is none. For telling JSON Lines on standard input.
  char PeekFirstNonBlank();

  // Whether nothing at all is left to read (it reads one chunk to tell).
  bool AtEnd();

  // Appends everything not yet handed out to `out`; false on a read error.
  // Sets `*size` to how many bytes that was; when more than `max_bytes`, it
  // stops holding them (`out` is left empty) but reads on to count them.
  bool ReadRest(std::string* out, uint64_t max_bytes = UINT64_MAX, uint64_t* size = nullptr);

  // Why reading stopped early; empty when the stream ended normally.
  const std::string& error() const { return error_; }

 private:
  // Reads one more chunk onto the buffer; false at the end or on error.
  bool Fill();

  ReadStream& stream_;
  size_t chunk_size_;
  uint64_t max_line_bytes_;
  std::string buffer_;
  size_t begin_ = 0;         // first byte of the buffer not yet handed out
  size_t scanned_ = 0;       // bytes from begin_ on known to hold no '\n'
  uint64_t buffer_offset_ = 0;  // stream offset of buffer_[0]
  bool ended_ = false;
  std::string error_;
  int line_number_ = 0;
  uint64_t line_offset_ = 0;
  uint64_t consumed_ = 0;
  bool line_too_long_ = false;
  uint64_t line_size_ = 0;
};

}  // namespace parley

#endif  // PARLEY_ENGINE_READ_LINE_READER_H_
