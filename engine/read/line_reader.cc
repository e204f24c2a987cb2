#include "read/line_reader.h"

#include <algorithm>

namespace parley {

LineReader::LineReader(ReadStream& stream, size_t chunk_size)
    : stream_(stream), chunk_size_(std::max<size_t>(chunk_size, 1)) {}

bool LineReader::Fill() {
  if (ended_) return false;
  // Drop what was handed out before growing, so that the buffer holds at
  // most the current line and one chunk. A line longer than a chunk is moved
  // once; after that begin_ stays 0 while it grows.
  if (begin_ > 0) {
    buffer_.erase(0, begin_);
    buffer_offset_ += begin_;
    begin_ = 0;
  }
  const size_t old_size = buffer_.size();
  buffer_.resize(old_size + chunk_size_);
  size_t got = 0;
  const bool ok = stream_.Read(buffer_.data() + old_size, chunk_size_, &got, &error_);
  buffer_.resize(old_size + (ok ? got : 0));
  if (!ok || got == 0) {
    ended_ = true;
    return false;
  }
  return true;
}

bool LineReader::Next(std::string_view* line) {
  for (;;) {
    const size_t newline = buffer_.find('\n', begin_ + scanned_);
    if (newline != std::string::npos || (ended_ && begin_ < buffer_.size())) {
      const size_t end = newline == std::string::npos ? buffer_.size() : newline;
      *line = std::string_view(buffer_).substr(begin_, end - begin_);
      ++line_number_;
      line_offset_ = buffer_offset_ + begin_;
      begin_ = newline == std::string::npos ? end : end + 1;
      consumed_ = buffer_offset_ + begin_;
      scanned_ = 0;
      return true;
    }
    scanned_ = buffer_.size() - begin_;
    if (!Fill()) {
      if (!error_.empty() || begin_ >= buffer_.size()) return false;
    }
  }
}

char LineReader::PeekFirstNonBlank() {
  for (size_t at = begin_;;) {
    const size_t found = buffer_.find_first_not_of(" \t\r\n", at);
    if (found != std::string::npos) return buffer_[found];
    // Fill() may move the buffer's contents; count from begin_, not from 0.
    const size_t seen = buffer_.size() - begin_;
    if (!Fill()) return '\0';
    at = begin_ + seen;
  }
}

bool LineReader::AtEnd() {
  if (begin_ < buffer_.size()) return false;
  Fill();
  return begin_ >= buffer_.size();
}

bool LineReader::ReadRest(std::string* out) {
  out->append(buffer_, begin_, std::string::npos);
  begin_ = buffer_.size();
  scanned_ = 0;
  while (Fill()) {
    out->append(buffer_, begin_, std::string::npos);
    begin_ = buffer_.size();
  }
  consumed_ = buffer_offset_ + begin_;
  return error_.empty();
}

}  // namespace parley
