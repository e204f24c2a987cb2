// parley rules check PATH...
#include <boost/program_options.hpp>

#include <iostream>

#include "cli/cli.h"
#include "parley/rule_set.h"

namespace parley::cli {
namespace {

namespace po = boost::program_options;

constexpr const char* kRulesUsage =
    "usage: parley rules check PATH...\n\n"
    "  check   load the rule sets in PATH (YAML files, or directories of them, read in\n"
    "          sorted order and merged) and report every problem with its file, line\n"
    "          and column; without problems, print a summary of what was loaded\n";

std::string Summary(const RuleSet& rules) {
  size_t groups = 0;
  for (const ActorDef& actor : rules.actors) groups += actor.members.empty() ? 0 : 1;
  size_t german = 0;
  size_t tests = 0;
  for (const RuleDef& rule : rules.rules) {
    german += rule.lang == Language::kGerman ? 1 : 0;
    tests += rule.tests.size();
  }
  return "ok: " + std::to_string(rules.files.size()) + " files, " +
         std::to_string(rules.actors.size()) + " actors (" + std::to_string(groups) +
         " groups), " + std::to_string(rules.topics.size()) + " topics, " +
         std::to_string(rules.positions.size()) + " positions, " +
         std::to_string(rules.lexicon.size()) + " lexicon lists, " +
         std::to_string(rules.rules.size()) + " rules (" + std::to_string(german) + " de, " +
         std::to_string(rules.rules.size() - german) + " en), " + std::to_string(tests) + " tests";
}

int RunCheck(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::vector<std::string> paths;
  po::options_description options("options");
  options.add_options()("help,h", "show this help");
  po::options_description all;
  all.add(options).add_options()("path", po::value(&paths));
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return UsageError("rules check", e.what(), err);
  }
  if (vm.count("help")) {
    out << kRulesUsage << "\n" << options << "\n";
    return kExitOk;
  }
  if (paths.empty()) return UsageError("rules check", "name the rule files or folders to check", err);
  RuleSet rules;
  Diagnostics diagnostics;
  const bool ok = LoadRuleSet(paths, *MakeRealFileSystem(), &rules, diagnostics);
  PrintDiagnostics(diagnostics, err);
  if (!ok) {
    size_t errors = 0;
    for (const Diagnostic& d : diagnostics.items()) errors += d.severity == Severity::kError;
    err << errors << (errors == 1 ? " error" : " errors") << " in the rule set\n";
    return kExitBadInput;
  }
  out << Summary(rules) << "\n";
  return kExitOk;
}

}  // namespace

int RunRules(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    (args.empty() ? err : out) << kRulesUsage;
    return args.empty() ? kExitBadInput : kExitOk;
  }
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (args[0] == "check") return RunCheck(rest, out, err);
  return UsageError("rules", "unknown subcommand '" + args[0] + "': use 'check'", err);
}

}  // namespace parley::cli
