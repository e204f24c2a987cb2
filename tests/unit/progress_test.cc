// The progress display and colour on standard error, with a fake terminal
// and a fake clock, so nothing here depends on how the tests are run.
#include <doctest/doctest.h>

#include <map>
#include <sstream>

#include "console/color.h"
#include "console/progress.h"
#include "console/terminal.h"

using namespace parley;
using namespace std::chrono_literals;

namespace {

struct FakeTerminal : Terminal {
  bool stderr_tty = true;
  bool stdout_tty = true;
  int width = 80;
  std::map<std::string, std::string> environment = {{"TERM", "xterm-256color"}};

  bool StderrIsTerminal() const override { return stderr_tty; }
  bool StdoutIsTerminal() const override { return stdout_tty; }
  int Width() const override { return width; }
  std::string Environment(const std::string& name) const override {
    auto it = environment.find(name);
    return it == environment.end() ? "" : it->second;
  }
};

// A clock that stands still until the test moves it.
struct FakeClock {
  std::chrono::steady_clock::time_point now{};
  SteadyClock Function() {
    return [this] { return now; };
  }
};

ProgressState State(size_t documents, uint64_t bytes, std::optional<size_t> total_documents,
                    std::optional<uint64_t> total_bytes, std::chrono::milliseconds elapsed) {
  ProgressState state;
  state.documents = documents;
  state.bytes = bytes;
  state.total_documents = total_documents;
  state.total_bytes = total_bytes;
  state.elapsed = elapsed;
  return state;
}

std::string WithoutEscapes(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\x1b') {
      i = text.find('m', i);
      continue;
    }
    out += text[i];
  }
  return out;
}

}  // namespace

TEST_CASE("the progress line: bar, percentage, documents, MB, rate, time") {
  const ProgressState state = State(5, 2'500'000, 11, 10'000'000, 2000ms);
  const std::string line = FormatProgress(state, 80);
  CHECK(line.size() <= 79);  // the last column stays free
  // The bar takes what the numbers leave: 79 - 44 - 4 columns.
  CHECK(line == "[#######------------------------]   25%  5/11 docs  2.5/10.0 MB  1.2 MB/s  0:02");
  CHECK(FormatProgress(state, 0) == " 25%  5/11 docs  2.5/10.0 MB  1.2 MB/s  0:02");
}

TEST_CASE("megabytes get the precision their size needs; hours show in the time") {
  CHECK(FormatProgress(State(1, 12'345, 1, 12'345, 1000ms), 0) ==
        "100%  1/1 docs  0.01/0.01 MB  0.01 MB/s  0:01");
  CHECK(FormatProgress(State(3, 250'000'000, std::nullopt, std::nullopt, 3'723'000ms), 0) ==
        "3 docs  250 MB  0.07 MB/s  1:02:03");
  CHECK(FormatProgress(State(1, 0, std::nullopt, std::nullopt, 0ms), 0) == "1 doc  0.00 MB  0:00");
  // A total of zero bytes (empty files) is done, not a division by zero.
  CHECK(FormatProgress(State(1, 0, 1, 0, 0ms), 0).substr(0, 4) == "100%");
}

TEST_CASE("without a byte total there is no bar and no percentage") {
  const std::string line = FormatProgress(State(7, 3'000'000, std::nullopt, std::nullopt, 1000ms), 80);
  CHECK(line == "7 docs  3.0 MB  3.0 MB/s  0:01");
}

TEST_CASE("the line fits the terminal: the bar goes first, then time, rate and MB") {
  const ProgressState state = State(5, 2'500'000, 11, 10'000'000, 2000ms);
  for (int width = 1; width <= 200; ++width)
    CHECK(FormatProgress(state, width).size() <= static_cast<size_t>(width - 1));
  const std::string widest = std::string("[").append(10, '#').append(30, '-').append("]   25%");
  CHECK(FormatProgress(state, 200).rfind(widest, 0) == 0);  // at most 40 columns of bar
  CHECK(FormatProgress(state, 59).rfind("[##--------]", 0) == 0);  // at least 10
  CHECK(FormatProgress(state, 58) == " 25%  5/11 docs  2.5/10.0 MB  1.2 MB/s  0:02");
  CHECK(FormatProgress(state, 40) == " 25%  5/11 docs  2.5/10.0 MB  1.2 MB/s");
  CHECK(FormatProgress(state, 30) == " 25%  5/11 docs  2.5/10.0 MB");
  CHECK(FormatProgress(state, 20) == " 25%  5/11 docs");
  CHECK(FormatProgress(state, 10) == " 25%  5/1");
}

TEST_CASE("on a terminal the line is redrawn at most ten times a second") {
  FakeClock clock;
  std::ostringstream err;
  Progress progress(err, ProgressStyle::kTerminal, 80, 3, 3'000'000, clock.Function());
  progress.Add(1'000'000);
  CHECK(err.str().empty());  // not yet 100 ms
  clock.now += 99ms;
  progress.Add(1'000'000);
  CHECK(err.str().empty());
  clock.now += 1ms;
  progress.Add(500'000);
  CHECK(err.str() == "\r[##########################------]   83%  3/3 docs  "
                     "2.5/3.0 MB  25.0 MB/s  0:00");
  CHECK(err.str().find('\n') == std::string::npos);
  clock.now += 50ms;
  progress.Add(0);
  CHECK(err.str().find("4/3") == std::string::npos);  // too soon: not drawn

  err.str("");
  clock.now += 850ms;
  progress.Finish();  // always drawn, every input counted as read, line ended
  CHECK(err.str() == "\r[#################################]  100%  4/3 docs  "
                     "3.0/3.0 MB  3.0 MB/s  0:01\n");
  err.str("");
  progress.Finish();
  progress.Add(1);
  CHECK(err.str().empty());  // nothing after the end
}

TEST_CASE("a shorter line blanks what is left of the longer one before it") {
  FakeClock clock;
  std::ostringstream err;
  Progress progress(err, ProgressStyle::kTerminal, 80, std::nullopt, std::nullopt, clock.Function());
  clock.now += 1s;
  progress.Add(123'000'000);
  const std::string first = err.str();
  CHECK(first == "\r1 doc  123 MB  123 MB/s  0:01");
  err.str("");
  clock.now += 599s;
  progress.Add(0);  // "2 docs  123 MB  0.21 MB/s  10:00": one column shorter
  CHECK(err.str() == "\r2 docs  123 MB  0.20 MB/s  10:00");
  err.str("");
  clock.now += 1s;
  progress.Finish();
  CHECK(err.str() == "\r2 docs  123 MB  0.20 MB/s  10:01\n");
}

TEST_CASE("log lines are whole lines, at most one every five seconds, and the last") {
  FakeClock clock;
  std::ostringstream err;
  Progress progress(err, ProgressStyle::kLog, 80, 2, 2'000'000, clock.Function());
  clock.now += 1s;
  progress.Add(1'000'000);
  CHECK(err.str().empty());
  clock.now += 4s;
  progress.Add(1'000'000);
  CHECK(err.str() == "100%  2/2 docs  2.0/2.0 MB  0.40 MB/s  0:05\n");
  progress.Finish();
  CHECK(err.str() == "100%  2/2 docs  2.0/2.0 MB  0.40 MB/s  0:05\n"
                     "100%  2/2 docs  2.0/2.0 MB  0.40 MB/s  0:05\n");
}

TEST_CASE("no progress: nothing written, and nothing when no document was read") {
  FakeClock clock;
  std::ostringstream err;
  {
    Progress none(err, ProgressStyle::kNone, 80, 1, 1, clock.Function());
    clock.now += 10s;
    none.Add(1);
  }
  {
    Progress empty(err, ProgressStyle::kTerminal, 80, 1, 1, clock.Function());
    clock.now += 10s;
  }  // finished by its destructor
  CHECK(err.str().empty());
}

TEST_CASE("when progress is shown: terminals, --quiet, --progress, output on the screen") {
  FakeTerminal terminal;
  using enum ProgressMode;
  CHECK(ChooseProgressStyle(kAuto, terminal, false) == ProgressStyle::kTerminal);
  CHECK(ChooseProgressStyle(kAuto, terminal, true) == ProgressStyle::kNone);
  CHECK(ChooseProgressStyle(kForced, terminal, true) == ProgressStyle::kTerminal);
  CHECK(ChooseProgressStyle(kOff, terminal, false) == ProgressStyle::kNone);
  terminal.stdout_tty = false;
  CHECK(ChooseProgressStyle(kAuto, terminal, true) == ProgressStyle::kTerminal);
  terminal.stderr_tty = false;
  CHECK(ChooseProgressStyle(kAuto, terminal, false) == ProgressStyle::kNone);
  CHECK(ChooseProgressStyle(kForced, terminal, false) == ProgressStyle::kLog);
  CHECK(ChooseProgressStyle(kOff, terminal, false) == ProgressStyle::kNone);
}

TEST_CASE("colour only on a terminal with a TERM that is not dumb, and no NO_COLOR") {
  FakeTerminal terminal;
  CHECK(WantsColor(terminal));
  terminal.environment["NO_COLOR"] = "";
  CHECK(WantsColor(terminal));  // set but empty does not count
  terminal.environment["NO_COLOR"] = std::string(1, '1');  // GCC 12 -O3: a false -Wrestrict on = "1"
  CHECK_FALSE(WantsColor(terminal));
  terminal.environment.erase("NO_COLOR");
  terminal.environment["TERM"] = "dumb";
  CHECK_FALSE(WantsColor(terminal));
  terminal.environment.erase("TERM");
  CHECK_FALSE(WantsColor(terminal));
  terminal.environment["TERM"] = "xterm";
  terminal.stderr_tty = false;
  CHECK_FALSE(WantsColor(terminal));
}

TEST_CASE("diagnostics: plain text is ToString(), colour only adds escape codes") {
  Diagnostic error;
  error.file = "rules/a.yaml";
  error.line = 3;
  error.column = 7;
  error.message = "unknown key 'patern'";
  error.excerpt = "  patern: x";
  error.excerpt_column = 3;
  Diagnostic warning;
  warning.severity = Severity::kWarning;
  warning.file = "doc.txt";
  warning.message = "invalid UTF-8 at byte 12";
  Diagnostic whole_run;  // no file: "parley: error: …"
  whole_run.message = "no documents to read";

  for (const Diagnostic& diagnostic : {error, warning, whole_run}) {
    CHECK(FormatDiagnostic(diagnostic, false) == diagnostic.ToString());
    const std::string colored = FormatDiagnostic(diagnostic, true);
    CHECK(colored != diagnostic.ToString());
    CHECK(WithoutEscapes(colored) == diagnostic.ToString());
  }
  CHECK(FormatDiagnostic(error, true) ==
        "\x1b[1mrules/a.yaml:3:7:\x1b[0m \x1b[1;31merror:\x1b[0m unknown key 'patern'\n"
        "      patern: x\n      \x1b[1;32m^\x1b[0m");
  CHECK(FormatDiagnostic(warning, true).find("\x1b[1;35mwarning:\x1b[0m") != std::string::npos);

  CHECK(FormatError("parley extract", "no rule set", false) == "parley extract: error: no rule set");
  CHECK(WithoutEscapes(FormatError("parley extract", "no rule set", true)) ==
        "parley extract: error: no rule set");
}

TEST_CASE("the colour mark belongs to the stream it is set on") {
  FakeTerminal terminal;
  std::ostringstream err;
  std::ostringstream other;
  CHECK_FALSE(HasColor(err));
  SetColor(err, WantsColor(terminal));
  CHECK(HasColor(err));
  CHECK_FALSE(HasColor(other));
  terminal.environment["NO_COLOR"] = std::string(1, '1');  // GCC 12 -O3: a false -Wrestrict on = "1"
  SetColor(err, WantsColor(terminal));
  CHECK_FALSE(HasColor(err));
}
