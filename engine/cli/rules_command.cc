// parley rules check PATH...
#include <boost/program_options.hpp>

#include <iostream>

#include "cli/cli.h"
#include "cli/options.h"
#include "cli/rule_paths.h"
#include "parley/rule_set.h"
#include "parley/rule_tests.h"

namespace parley::cli {
namespace {

namespace po = boost::program_options;

constexpr const char* kRulesUsage =
    "usage: parley rules check PATH...\n"
    "       parley rules test PATH...\n\n"
    "  check   load the rule sets in PATH (YAML files, or directories of them, read in\n"
    "          sorted order and merged) and report every problem with its file, line\n"
    "          and column; without problems, print a summary of what was loaded\n"
    "  test    run the tests the rules carry (match, no_match, todo): each test text is\n"
    "          extracted alone with the whole rule set; prints every failure with what\n"
    "          was found instead and ends with 'N passed, N failed'; exit 1 on a failure\n";

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

// Parses `parley rules SUBCOMMAND [OPTIONS] PATH...`; returns an exit status
// when the command is done (help, usage error), else -1.
int ParsePaths(const std::string& subcommand, const std::vector<std::string>& args,
               std::vector<std::string>& paths, RuleLimits* limits, std::ostream& out,
               std::ostream& err) {
  po::options_description options("options");
  options.add_options()("help,h", "show this help");
  LimitArguments limit_arguments;
  po::options_description limit_options(kLimitsCaption);
  AddRuleLimitOptions(&limit_options, &limit_arguments);
  options.add(limit_options);
  po::variables_map vm;
  const std::string intro = std::string(kRulesUsage) + "\n";
  if (int done = ParseArguments("rules " + subcommand, args, options, &paths, &vm, out, err, intro);
      done >= 0)
    return done;
  Limits all;
  if (int done = ToLimits("rules " + subcommand, vm, limit_arguments, &all, err); done >= 0)
    return done;
  *limits = all.rules;
  if (paths.empty())
    return UsageError("rules " + subcommand, "name the rule files or folders to " + subcommand, err);
  return -1;
}

int RunCheck(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::vector<std::string> paths;
  RuleLimits limits;
  if (int done = ParsePaths("check", args, paths, &limits, out, err); done >= 0) return done;
  RuleSet rules;
  Diagnostics diagnostics;
  const bool ok = LoadRuleSet(paths, *MakeRealFileSystem(), &rules, diagnostics, limits);
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

void PrintResult(const RuleTestResult& result, std::ostream& out) {
  using Outcome = RuleTestResult::Outcome;
  const RuleTest& test = *result.test;
  const char* kind = test.kind == RuleTest::Kind::kMatch     ? "match"
                     : test.kind == RuleTest::Kind::kNoMatch ? "no_match"
                                                             : "todo";
  const char* label = result.outcome == Outcome::kFailed ? "FAIL"
                      : result.outcome == Outcome::kTodo ? "TODO"
                                                         : "FIXED";
  out << label << " " << result.rule->id << " (" << test.location.file << ":" << test.location.line
      << ":" << test.location.column << ") " << kind << ": \"" << test.text << "\"\n";
  if (result.outcome == Outcome::kTodoFixed)
    out << "  this todo test passes now: make it a match test\n";
  if (result.outcome != Outcome::kTodoFixed)
    for (const std::string& detail : result.details) out << "  " << detail << "\n";
}

int RunTest(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::vector<std::string> paths;
  RuleLimits limits;
  if (int done = ParsePaths("test", args, paths, &limits, out, err); done >= 0) return done;
  std::unique_ptr<Extractor> extractor = LoadExtractor(paths, "rules test", limits, err);
  if (!extractor) return kExitBadInput;
  size_t passed = 0;
  size_t failed = 0;
  size_t todo = 0;
  for (const RuleTestResult& result : RunRuleTests(*extractor)) {
    switch (result.outcome) {
      case RuleTestResult::Outcome::kPassed: ++passed; continue;
      case RuleTestResult::Outcome::kFailed: ++failed; break;
      case RuleTestResult::Outcome::kTodo:
      case RuleTestResult::Outcome::kTodoFixed: ++todo; break;
    }
    PrintResult(result, out);
  }
  out << passed << " passed, " << failed << " failed";
  if (todo > 0) out << ", " << todo << " todo";
  out << "\n";
  return failed > 0 ? kExitFindings : kExitOk;
}

}  // namespace

int RunRules(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    (args.empty() ? err : out) << kRulesUsage;
    return args.empty() ? kExitBadInput : kExitOk;
  }
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (args[0] == "check") return RunCheck(rest, out, err);
  if (args[0] == "test") return RunTest(rest, out, err);
  return UsageError("rules", "unknown subcommand '" + args[0] + "': use 'check' or 'test'", err);
}

}  // namespace parley::cli
