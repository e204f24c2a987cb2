// What the command line needs to know about where its output goes: whether
// a person is watching standard error, how wide the screen is, and whether
// they want colour. Behind an interface so that tests can fake a terminal
// (as FileSystem fakes the disk).
#ifndef PARLEY_CONSOLE_TERMINAL_H_
#define PARLEY_CONSOLE_TERMINAL_H_

#include <memory>
#include <string>

namespace parley {

class Terminal {
 public:
  virtual ~Terminal() = default;

  // Whether standard error is a terminal, not a file, pipe or /dev/null.
  virtual bool StderrIsTerminal() const = 0;

  // Whether standard output is a terminal (output streamed there shares the
  // screen with standard error).
  virtual bool StdoutIsTerminal() const = 0;

  // The columns of standard error's terminal: the window size the kernel
  // reports, else $COLUMNS when it is a positive number, else 80.
  virtual int Width() const = 0;

  // An environment variable; "" when it is unset.
  virtual std::string Environment(const std::string& name) const = 0;
};

// The process's own terminal (isatty, ioctl TIOCGWINSZ, getenv).
std::unique_ptr<Terminal> MakeRealTerminal();

// Whether diagnostics on standard error are coloured. Colour is for people,
// and only where it cannot hurt: standard error is a terminal, TERM is set
// and not "dumb" (a terminal that cannot show escape codes), and NO_COLOR
// is unset or empty (the https://no-color.org convention). Files and pipes
// always get plain text, byte for byte the same on every machine.
bool WantsColor(const Terminal& terminal);

}  // namespace parley

#endif  // PARLEY_CONSOLE_TERMINAL_H_
