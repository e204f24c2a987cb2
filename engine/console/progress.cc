#include "console/progress.h"

#include <algorithm>
#include <cstdio>
#include <ostream>
#include <utility>
#include <vector>

namespace parley {
namespace {

constexpr size_t kMaxBar = 40;
constexpr size_t kMinBar = 10;  // narrower than this says nothing a percentage does not

// Megabytes with the precision a value of `scale` bytes needs: small runs
// would otherwise read "0.0 MB".
std::string Megabytes(double bytes, double scale) {
  const int decimals = scale < 1e6 ? 2 : scale < 1e8 ? 1 : 0;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, bytes / 1e6);
  return buffer;
}

std::string Clock(std::chrono::steady_clock::duration elapsed) {
  const long long seconds = std::chrono::duration_cast<std::chrono::seconds>(elapsed).count();
  char buffer[32];
  if (seconds >= 3600)
    std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld", seconds / 3600, seconds / 60 % 60,
                  seconds % 60);
  else
    std::snprintf(buffer, sizeof buffer, "%lld:%02lld", seconds / 60, seconds % 60);
  return buffer;
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out.append("  ");
    out.append(part);
  }
  return out;
}

}  // namespace

ProgressStyle ChooseProgressStyle(ProgressMode mode, const Terminal& terminal,
                                  bool streams_to_stdout) {
  if (mode == ProgressMode::kOff) return ProgressStyle::kNone;
  if (!terminal.StderrIsTerminal())
    return mode == ProgressMode::kForced ? ProgressStyle::kLog : ProgressStyle::kNone;
  if (mode == ProgressMode::kAuto && streams_to_stdout && terminal.StdoutIsTerminal())
    return ProgressStyle::kNone;
  return ProgressStyle::kTerminal;
}

std::string FormatProgress(const ProgressState& state, int width) {
  const double bytes = static_cast<double>(state.bytes);
  std::string percent;
  double fraction = 0;
  if (state.total_bytes) {
    fraction = *state.total_bytes == 0 ? 1.0 : std::min(1.0, bytes / static_cast<double>(*state.total_bytes));
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%3d%%", static_cast<int>(fraction * 100));
    percent = buffer;
  }
  std::string documents = std::to_string(state.documents);
  if (state.total_documents)
    documents.append(1, '/').append(std::to_string(*state.total_documents)).append(" docs");
  else
    documents.append(state.documents == 1 ? " doc" : " docs");
  const double scale = std::max(bytes, static_cast<double>(state.total_bytes.value_or(0)));
  std::string megabytes = Megabytes(bytes, scale);
  if (state.total_bytes)
    megabytes.append(1, '/').append(Megabytes(static_cast<double>(*state.total_bytes), scale));
  megabytes.append(" MB");
  std::string rate;
  const double seconds = std::chrono::duration<double>(state.elapsed).count();
  if (seconds > 0) {
    const double per_second = bytes / seconds;
    rate = Megabytes(per_second, per_second).append(" MB/s");
  }
  // In the order they are given up on a narrow screen, last first.
  std::vector<std::string> parts = {percent, documents, megabytes, rate, Clock(state.elapsed)};
  std::string text = Join(parts);
  if (width <= 0) return text;

  const size_t room = static_cast<size_t>(std::max(width - 1, 0));
  if (state.total_bytes && text.size() + 4 + kMinBar <= room) {
    const size_t bar = std::min(kMaxBar, room - text.size() - 4);
    const size_t filled = std::min(bar, static_cast<size_t>(fraction * static_cast<double>(bar)));
    std::string line = "[";
    line.append(filled, '#').append(bar - filled, '-').append("]  ").append(text);
    return line;
  }
  for (size_t keep = parts.size(); text.size() > room && keep > 2; --keep) {
    parts.resize(keep - 1);
    text = Join(parts);
  }
  if (text.size() > room) text.resize(room);
  return text;
}

Progress::Progress(std::ostream& err, ProgressStyle style, int width,
                   std::optional<size_t> total_documents, std::optional<uint64_t> total_bytes,
                   SteadyClock clock)
    : err_(err), style_(style), width_(width), clock_(std::move(clock)) {
  state_.total_documents = total_documents;
  state_.total_bytes = total_bytes;
  start_ = last_draw_ = clock_();
}

Progress::~Progress() { Finish(); }

void Progress::Add(uint64_t bytes) {
  ++state_.documents;
  state_.bytes += bytes;
  if (style_ == ProgressStyle::kNone || finished_) return;
  const auto now = clock_();
  const std::chrono::steady_clock::duration interval =
      style_ == ProgressStyle::kTerminal
          ? std::chrono::steady_clock::duration(kTerminalInterval)
          : std::chrono::steady_clock::duration(kLogInterval);
  if (now - last_draw_ < interval) return;
  last_draw_ = now;
  state_.elapsed = now - start_;
  Draw(false);
}

void Progress::Finish() {
  if (finished_) return;
  finished_ = true;
  if (style_ == ProgressStyle::kNone || state_.documents == 0) return;
  state_.elapsed = clock_() - start_;
  // Every input has been read now, also the bytes no document accounted
  // for (blank or bad lines at the end of a .jsonl file).
  if (state_.total_bytes) state_.bytes = std::max(state_.bytes, *state_.total_bytes);
  Draw(true);
}

void Progress::Draw(bool final) {
  if (style_ == ProgressStyle::kLog) {
    err_ << FormatProgress(state_, 0) << '\n' << std::flush;
    return;
  }
  const std::string line = FormatProgress(state_, width_);
  std::string out = "\r";
  out.append(line);
  if (drawn_columns_ > line.size()) out.append(drawn_columns_ - line.size(), ' ');
  drawn_columns_ = line.size();
  if (final) out.append(1, '\n');
  err_ << out << std::flush;
}

}  // namespace parley
