// parley compare [--rules PATH]... [--format F] [--table T] [--out FILE]
//                [--since D] [--until D] [--actors A,B] CLAIMS.jsonl...
#include <boost/program_options.hpp>

#include <fstream>
#include <iostream>

#include "cli/cli.h"
#include "cli/options.h"
#include "cli/output_file.h"
#include "cli/rule_paths.h"
#include "parley/claim_reader.h"
#include "parley/comparison.h"
#include "parley/file_system.h"
#include "parley/report.h"

namespace parley::cli {

namespace po = boost::program_options;

namespace {

// The claims files named: files as given, folders as every .jsonl file
// below them in sorted order, "-" as standard input. Every one is checked
// to exist before any is read.
bool ListClaimFiles(const std::vector<std::string>& inputs, std::vector<std::string>* files,
                    Diagnostics& diagnostics) {
  const std::unique_ptr<FileSystem> file_system = MakeRealFileSystem();
  for (const std::string& input : inputs) {
    if (input == "-") {
      files->push_back(input);
      continue;
    }
    switch (file_system->Kind(input)) {
      case PathKind::kFile:
        files->push_back(input);
        break;
      case PathKind::kDirectory: {
        std::vector<std::string> problems;
        size_t found = 0;
        for (const std::string& file : file_system->ListFilesRecursively(input, &problems))
          if (file.size() > 6 && file.compare(file.size() - 6, 6, ".jsonl") == 0) {
            files->push_back(file);
            ++found;
          }
        for (const std::string& problem : problems) diagnostics.Error(input, 0, 0, problem);
        if (found == 0)
          diagnostics.Error(input, 0, 0, "no .jsonl files in this folder: name the claims files "
                                         "'parley extract' wrote");
        break;
      }
      case PathKind::kMissing:
        diagnostics.Error(input, 0, 0, "no such file: name a claims file that 'parley extract' wrote");
        break;
      case PathKind::kOther:
        diagnostics.Error(input, 0, 0, "not a regular file or folder");
        break;
    }
  }
  return !diagnostics.has_errors();
}

// Reads every claims file; false (with diagnostics) when any line is bad.
bool ReadClaimFiles(const std::vector<std::string>& files, const RuleSet& rule_set,
                    std::vector<Claim>* claims, Diagnostics& diagnostics) {
  ClaimReader reader(rule_set);
  for (const std::string& file : files) {
    if (file == "-") {
      reader.Read(std::cin, file, claims, diagnostics);
      continue;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      diagnostics.Error(file, 0, 0, "cannot open: check that it is readable");
      continue;
    }
    reader.Read(in, file, claims, diagnostics);
  }
  reader.Finish(diagnostics);
  return !diagnostics.has_errors();
}

}  // namespace

int RunCompare(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::vector<std::string> rule_paths;
  std::vector<std::string> inputs;
  std::string output;
  ReportArguments report;
  po::options_description visible(
      "usage: parley compare [OPTIONS] CLAIMS.jsonl...\n\n"
      "Compares the claims that 'parley extract' wrote (SPEC §4): how every two\n"
      "actors stand on each topic both addressed (conflict, differ, agree), the\n"
      "agreement index, conditions, common ground, coalitions, brokers, shifts\n"
      "over time and contradictions, each citing its claims. Several files (shards\n"
      "of one corpus, in any order) compare exactly like one; a folder stands for\n"
      "its .jsonl files, '-' for standard input. Actors, topics and positions\n"
      "come from the rule set, which must be the one the claims were extracted\n"
      "with. A bad line is an error with file:line:column; nothing is written then.\n\noptions");
  visible.add_options()
      ("help,h", "show this help")
      ("rules,r", po::value(&rule_paths)->value_name("PATH"),
       "a rule file or folder; may be given several times (default: the shipped rules/)")
      ("out,o", po::value(&output)->value_name("FILE"),
       "write the report to FILE, whole or not at all (default: standard output)");
  AddReportOptions(&visible, &report);
  LimitArguments limit_arguments;
  po::options_description limit_options(kLimitsCaption);
  AddRuleLimitOptions(&limit_options, &limit_arguments);
  visible.add(limit_options);
  // Benchmarks only (tests/bench/compare_bench.sh): read and check the
  // claims, then stop, to time parsing alone.
  po::options_description hidden;
  hidden.add_options()("parse-only", "read and check the claims, write nothing");
  po::variables_map vm;
  if (int done = ParseArguments("compare", args, visible, &inputs, &vm, out, err, "", &hidden); done >= 0)
    return done;
  if (inputs.empty())
    return UsageError("compare", "name the CLAIMS.jsonl files to compare ('-' for standard input)", err);
  ReportOptions report_options;
  if (int done = ToReportOptions("compare", report, &report_options, err); done >= 0) return done;
  Limits limits;
  if (int done = ToLimits("compare", vm, limit_arguments, &limits, err); done >= 0) return done;

  OutputFile file;
  std::string problem;
  if (!file.Open(output, &problem)) {
    PrintError("compare", problem, err);
    return kExitBadInput;
  }
  RuleSet rule_set;
  if (!LoadRules(rule_paths, "compare", limits.rules, &rule_set, err)) return kExitBadInput;
  CompareOptions compare_options;
  if (int done = ToCompareOptions("compare", report, rule_set, &compare_options, err); done >= 0)
    return done;

  Diagnostics diagnostics;
  std::vector<std::string> files;
  std::vector<Claim> claims;
  if (!ListClaimFiles(inputs, &files, diagnostics) ||
      !ReadClaimFiles(files, rule_set, &claims, diagnostics)) {
    PrintDiagnostics(diagnostics, err);
    err << "parley compare: nothing written: mend the claims files above and run again\n";
    return kExitBadInput;
  }
  if (claims.empty()) diagnostics.Warning("", 0, 0, "no claims in the input: the report is empty");
  PrintDiagnostics(diagnostics, err);
  if (vm.count("parse-only")) {
    err << "parley compare: parsed " << claims.size() << " claims\n";
    return kExitOk;
  }

  const Comparison comparison = Compare(rule_set, std::move(claims), compare_options);
  WriteReport(comparison, report_options, file.stream());
  if (!file.Commit(&problem)) {
    PrintError("compare", problem, err);
    return kExitBadInput;
  }
  return kExitOk;
}

}  // namespace parley::cli
