// parley analyze [--rules PATH]... [--format F] [--table T] [--out FILE]
//                [--since D] [--until D] [--actors A,B] [--lang de|en] [--strict]
//                [--jobs N] [--quiet | --progress] INPUT...
//
// extract and compare in one process: the report equals that of `extract`
// then `compare` over the same inputs, except for what only reading the
// documents can tell (coverage: documents read, sentences, unclaimed
// sentences).
#include <boost/program_options.hpp>

#include <iostream>

#include "claims/coverage.h"
#include "cli/cli.h"
#include "cli/options.h"
#include "cli/output_file.h"
#include "cli/rule_paths.h"
#include "parley/comparison.h"
#include "parley/extractor.h"
#include "parley/pipeline.h"
#include "parley/reader.h"
#include "parley/report.h"
#include "parley/segmenter.h"

namespace parley::cli {

namespace po = boost::program_options;

int RunAnalyze(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
               const Terminal& terminal) {
  std::vector<std::string> rule_paths;
  std::vector<std::string> inputs;
  std::string output;
  ReportArguments report;
  CorpusArguments corpus;
  po::options_description visible(
      "usage: parley analyze [OPTIONS] INPUT...\n\n"
      "Finds the claims in the documents and compares them in one step: the\n"
      "report of 'parley extract' then 'parley compare', plus coverage (documents\n"
      "and sentences read, and the sentences that mention an actor and a stance\n"
      "word yet yielded no claim, where rules can be improved). INPUT is a file\n"
      "(.txt, .md, .jsonl), a directory (read recursively, in sorted order) or '-'\n"
      "for standard input.\n\n"
      "Documents are extracted on several threads at once (--jobs); the report is\n"
      "the same whatever the number. It holds the claims, not the documents.\n\n"
      "When standard error is a terminal, it shows progress (documents, MB read,\n"
      "rate) while reading; errors are coloured there.\n\noptions");
  visible.add_options()
      ("help,h", "show this help")
      ("rules,r", po::value(&rule_paths)->value_name("PATH"),
       "a rule file or folder; may be given several times (default: the shipped rules/)")
      ("out,o", po::value(&output)->value_name("FILE"),
       "write the report to FILE, whole or not at all (default: standard output)");
  AddReportOptions(&visible, &report);
  AddCorpusOptions(&visible, &corpus);
  LimitArguments limit_arguments;
  po::options_description limit_options(kLimitsCaption);
  AddDocumentLimitOptions(&limit_options, &limit_arguments);
  AddRuleLimitOptions(&limit_options, &limit_arguments);
  visible.add(limit_options);
  po::variables_map vm;
  if (int done = ParseArguments("analyze", args, visible, &inputs, &vm, out, err); done >= 0) return done;
  CorpusOptions corpus_options;
  if (int done = ToCorpusOptions("analyze", vm, corpus, &corpus_options, err); done >= 0) return done;
  Limits limits;
  if (int done = ToLimits("analyze", vm, limit_arguments, &limits, err); done >= 0) return done;
  corpus_options.read.limits = limits.documents;
  if (inputs.empty()) return UsageError("analyze", "name the INPUT files or folders to read", err);
  ReportOptions report_options;
  if (int done = ToReportOptions("analyze", report, &report_options, err); done >= 0) return done;

  OutputFile file;
  std::string problem;
  if (!file.Open(output, &problem)) {
    PrintError("analyze", problem, err);
    return kExitBadInput;
  }
  std::shared_ptr<const CompiledRules> rules =
      LoadCompiledRules(rule_paths, "analyze", limits.rules, err);
  if (!rules) return kExitBadInput;
  const RuleSet& rule_set = rules->rule_set();
  CompareOptions compare_options;
  if (int done = ToCompareOptions("analyze", report, rule_set, &compare_options, err); done >= 0)
    return done;
  const size_t workers = static_cast<size_t>(corpus_options.pipeline.jobs);
  // Per worker: an Extractor and a CoverageCounter (both hold per-thread
  // scratch state). The worker counts a document's coverage while its
  // segmentation is at hand; one more counter adds the parts up in document
  // order, so that the unclaimed sentences are listed as with one thread.
  std::vector<std::unique_ptr<Extractor>> extractors = MakeExtractors(rules, workers, err);
  if (extractors.empty()) return kExitBadInput;
  std::vector<std::unique_ptr<CoverageCounter>> counters;
  for (size_t i = 0; i <= workers; ++i) {
    Status status;
    counters.push_back(CoverageCounter::Create(*rules, &status));
    if (!counters.back()) {
      PrintDiagnostic(status.diagnostic(), err);
      return kExitBadInput;
    }
  }
  CoverageCounter& coverage = *counters[workers];

  Diagnostics diagnostics;
  Diagnostics sentence_warnings;  // the workers' (the reader thread owns `diagnostics`)
  size_t documents = 0;
  std::vector<Claim> claims;
  // The report is written after the progress line is finished, so progress
  // never shares the screen with it.
  std::unique_ptr<Progress> progress =
      StartProgress(corpus_options.progress, terminal, inputs, /*streams_to_stdout=*/false, err);
  auto read = [&](const DocumentCallback& emit) {
    documents = ReadInputs(inputs, corpus_options.read, *MakeRealFileSystem(), emit, diagnostics);
  };
  auto analyze = [&](size_t worker, Document&& document) -> Delivery {
    std::vector<Claim> found;
    extractors[worker]->Extract(document, &found);
    CoverageCounter::Part part =
        counters[worker]->Count(document, extractors[worker]->segmentation(), found);
    Diagnostics warnings;
    WarnAboutLongSentences(document, extractors[worker]->segmentation(), warnings);
    return [&claims, &coverage, &progress, &sentence_warnings, found = std::move(found),
            part = std::move(part), warnings = std::move(warnings),
            bytes = document.input_bytes]() mutable {
      coverage.Add(std::move(part));
      for (const Diagnostic& warning : warnings.items()) sentence_warnings.Add(warning);
      claims.insert(claims.end(), std::make_move_iterator(found.begin()),
                    std::make_move_iterator(found.end()));
      progress->Add(bytes);
    };
  };
  const Status run = RunPipeline(read, analyze, corpus_options.pipeline);
  progress->Finish();
  if (documents == 0 && !diagnostics.has_errors()) diagnostics.Error("", 0, 0, "no documents to read");
  PrintDiagnostics(diagnostics, err);
  PrintDiagnostics(sentence_warnings, err);
  if (!run.ok()) {
    PrintError("analyze", run.diagnostic().message + ": nothing written", err);
    return kExitBadInput;
  }
  if (diagnostics.has_errors()) {
    err << "parley analyze: nothing written: mend the inputs above and run again\n";
    return kExitBadInput;
  }

  Comparison comparison = Compare(rule_set, std::move(claims), compare_options);
  coverage.Fill(&comparison.coverage);
  WriteReport(comparison, report_options, file.stream());
  if (!file.Commit(&problem)) {
    PrintError("analyze", problem, err);
    return kExitBadInput;
  }
  return kExitOk;
}

}  // namespace parley::cli
