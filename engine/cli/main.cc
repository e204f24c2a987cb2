// parley: the command line, a thin layer over the engine library.
#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "console/color.h"
#include "console/terminal.h"
#include "parley/version.h"

namespace {

constexpr const char* kUsage =
    "parley " PARLEY_VERSION " — claim and position comparison for negotiation texts\n"
    "\n"
    "usage: parley COMMAND [OPTIONS] ...\n"
    "\n"
    "commands:\n"
    "  analyze   find the claims in documents and compare them (extract + compare)\n"
    "  compare   compare claims from 'extract': divergence, agreement, coalitions, shifts\n"
    "  explain   show how documents are read: sentences, lines, byte offsets, tokens\n"
    "  extract   find the claims in documents and write them as JSON Lines\n"
    "  rules     check rule sets and run their tests ('parley rules check|test PATH...')\n"
    "\n"
    "options:\n"
    "  -h, --help      show this help; 'parley COMMAND --help' shows a command's options\n"
    "  -V, --version   print the version\n";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kUsage;
    return parley::cli::kExitBadInput;
  }
  const std::string command = args.front();
  if (command == "-h" || command == "--help" || command == "help") {
    std::cout << kUsage;
    return parley::cli::kExitOk;
  }
  if (command == "-V" || command == "--version") {
    std::cout << "parley " PARLEY_VERSION "\n";
    return parley::cli::kExitOk;
  }
  // Decided once, here at the edge: the commands see only their streams
  // (and the terminal, for progress).
  std::unique_ptr<parley::Terminal> terminal = parley::MakeRealTerminal();
  parley::SetColor(std::cerr, parley::WantsColor(*terminal));
  std::vector<std::string> rest(args.begin() + 1, args.end());
  int status = -1;
  if (command == "analyze") status = parley::cli::RunAnalyze(rest, std::cout, std::cerr, *terminal);
  if (command == "compare") status = parley::cli::RunCompare(rest, std::cout, std::cerr);
  if (command == "explain") status = parley::cli::RunExplain(rest, std::cout, std::cerr);
  if (command == "extract") status = parley::cli::RunExtract(rest, std::cout, std::cerr, *terminal);
  if (command == "rules") status = parley::cli::RunRules(rest, std::cout, std::cerr);
  if (status < 0) {
    parley::cli::PrintError("", std::string("unknown command '").append(command).append("'"), std::cerr);
    std::cerr << "\n" << kUsage;
    return parley::cli::kExitBadInput;
  }
  // Output that did not reach standard output (a full disk, a closed pipe)
  // is not a success.
  if (status != parley::cli::kExitBadInput && !std::cout.flush()) {
    parley::cli::PrintError("", "cannot write to standard output (is the disk full?)", std::cerr);
    return parley::cli::kExitBadInput;
  }
  return status;
}
