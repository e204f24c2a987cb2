#include "read/line_reader.h"

#include <algorithm>

namespace parley {

LineReader::LineReader(ReadStream& stream, size_t chunk_size, uint64_t max_line_bytes)
    : stream_(stream), chunk_size_(std::max<size_t>(chunk_size, 1)), max_line_bytes_(max_line_bytes) {}

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
  uint64_t dropped = 0;       // bytes of an overlong line let go of so far
  uint64_t dropped_from = 0;  // the stream offset of its first byte
  for (;;) {
    const size_t newline = buffer_.find('\n', begin_ + scanned_);
    if (newline != std::string::npos || (ended_ && (begin_ < buffer_.size() || dropped > 0))) {
      const size_t end = newline == std::string::npos ? buffer_.size() : newline;
      ++line_number_;
      line_offset_ = dropped > 0 ? dropped_from : buffer_offset_ + begin_;
      line_size_ = dropped + (end - begin_);
      line_too_long_ = line_size_ > max_line_bytes_;
      *line = line_too_long_ ? std::string_view()
                             : std::string_view(buffer_).substr(begin_, end - begin_);
      begin_ = newline == std::string::npos ? end : end + 1;
      consumed_ = buffer_offset_ + begin_;
      scanned_ = 0;
      return true;
    }
    scanned_ = buffer_.size() - begin_;
    // A line that is already too long is counted, not held: the next Fill()
    // drops what was read of it.
    if (scanned_ > max_line_bytes_) {
      if (dropped == 0) dropped_from = buffer_offset_ + begin_;
      dropped += scanned_;
      begin_ = buffer_.size();
      scanned_ = 0;
    }
    if (!Fill()) {
      if (!error_.empty() || (begin_ >= buffer_.size() && dropped == 0)) return false;
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

bool LineReader::ReadRest(std::string* out, uint64_t max_bytes, uint64_t* size) {
  const size_t kept_before = out->size();
  uint64_t total = 0;
  bool holding = true;
  auto take = [&] {
    const size_t piece = buffer_.size() - begin_;
    total += piece;
    if (holding && total > max_bytes) {
      holding = false;
      out->resize(kept_before);
      out->shrink_to_fit();
    }
    if (holding) out->append(buffer_, begin_, std::string::npos);
    begin_ = buffer_.size();
  };
  take();
  scanned_ = 0;
  while (Fill()) take();
  consumed_ = buffer_offset_ + begin_;
  if (size) *size = total;
  return error_.empty();
}

}  // namespace parley
