// A progress display for long runs over many documents (extract, analyze):
// documents done, megabytes read, the rate and the time taken, with a bar
// and a percentage when the total size is known (inputs that are files).
//
// On a terminal it is one line on standard error, redrawn in place ('\r',
// then spaces over what is left of the longer line before; no escape codes)
// at most every kTerminalInterval, fitted to the terminal's width. Into a
// file or pipe, only when asked for (--progress), it writes whole lines a
// log can keep: at most one every kLogInterval, and always the last. Either
// way Finish() leaves the final state as one complete line, so whatever is
// printed next (diagnostics, a report) starts on a line of its own. It never
// writes to standard output, and it draws only when fed: there is no thread.
#ifndef PARLEY_CONSOLE_PROGRESS_H_
#define PARLEY_CONSOLE_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>

#include "console/terminal.h"

namespace parley {

// --quiet, neither flag, --progress.
enum class ProgressMode { kOff, kAuto, kForced };

// How progress is shown: not at all, redrawn on a terminal, or as log lines.
enum class ProgressStyle { kNone, kTerminal, kLog };

// kAuto shows progress when standard error is a terminal, except when the
// command streams its output to standard output and that is the same screen
// (claims scrolling past would tear the line). kForced shows it always: on a
// terminal redrawn, else as log lines. kOff never.
ProgressStyle ChooseProgressStyle(ProgressMode mode, const Terminal& terminal,
                                  bool streams_to_stdout);

// Where a run stands.
struct ProgressState {
  size_t documents = 0;
  std::optional<size_t> total_documents;
  uint64_t bytes = 0;
  std::optional<uint64_t> total_bytes;
  std::chrono::steady_clock::duration elapsed{};
};

// The text of the line, at most `width` - 1 columns (the last column is left
// free: writing it makes some terminals wrap). With a known total:
//   "[#######---------]  42%  5/11 docs  0.02/0.05 MB  1.3 MB/s  0:01"
// The bar takes the room the numbers leave (at most 40 columns); on a narrow
// screen the bar goes first, then the time, the rate and the MB. `width` 0
// means no limit and no bar (log lines). MB are 10^6 bytes.
std::string FormatProgress(const ProgressState& state, int width);

using SteadyClock = std::function<std::chrono::steady_clock::time_point()>;

class Progress {
 public:
  static constexpr std::chrono::milliseconds kTerminalInterval{100};
  static constexpr std::chrono::seconds kLogInterval{5};

  // `width` is the terminal's (ignored for kLog). Totals that are unknown
  // (standard input, .jsonl files for the document count) are left out of
  // the line; without a byte total there is no bar and no percentage.
  Progress(std::ostream& err, ProgressStyle style, int width, std::optional<size_t> total_documents,
           std::optional<uint64_t> total_bytes, SteadyClock clock);
  ~Progress();  // Finish()es, so an early return cannot leave a torn line

  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // One document done, which accounted for `bytes` of the input.
  void Add(uint64_t bytes);

  // Shows the final state (every input read) as a complete line, unless no
  // document was read at all (then the errors speak for themselves).
  // Nothing is drawn after; calling it again does nothing.
  void Finish();

 private:
  void Draw(bool final);

  std::ostream& err_;
  ProgressStyle style_;
  int width_;
  SteadyClock clock_;
  ProgressState state_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
  size_t drawn_columns_ = 0;  // of the line on screen, to blank its rest
  bool finished_ = false;
};

}  // namespace parley

#endif  // PARLEY_CONSOLE_PROGRESS_H_
