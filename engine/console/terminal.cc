// The real terminal behind parley::Terminal (POSIX).
#include "console/terminal.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>

namespace parley {
namespace {

class RealTerminal : public Terminal {
 public:
  bool StderrIsTerminal() const override { return isatty(STDERR_FILENO) == 1; }
  bool StdoutIsTerminal() const override { return isatty(STDOUT_FILENO) == 1; }

  int Width() const override {
    winsize size{};
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    // A terminal that does not report its size (a serial line, some
    // emulators) or a redirected stream: the shell may still know.
    const std::string columns = Environment("COLUMNS");
    char* end = nullptr;
    const long value = std::strtol(columns.c_str(), &end, 10);
    if (!columns.empty() && *end == '\0' && value > 0 && value < 10000)
      return static_cast<int>(value);
    return 80;
  }

  std::string Environment(const std::string& name) const override {
    const char* value = std::getenv(name.c_str());
    return value ? value : "";
  }
};

}  // namespace

std::unique_ptr<Terminal> MakeRealTerminal() { return std::make_unique<RealTerminal>(); }

bool WantsColor(const Terminal& terminal) {
  if (!terminal.StderrIsTerminal()) return false;
  if (!terminal.Environment("NO_COLOR").empty()) return false;
  const std::string term = terminal.Environment("TERM");
  return !term.empty() && term != "dumb";
}

}  // namespace parley
