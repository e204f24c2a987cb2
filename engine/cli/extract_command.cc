// parley extract [--rules PATH]... [--out FILE] [--lang de|en] [--strict]
//                [--jobs N] [--quiet | --progress] INPUT...
#include <boost/program_options.hpp>

#include <iostream>

#include "cli/cli.h"
#include "cli/options.h"
#include "cli/output_file.h"
#include "cli/rule_paths.h"
#include "parley/claim.h"
#include "parley/extractor.h"
#include "parley/pipeline.h"
#include "parley/reader.h"
#include "parley/segmenter.h"

namespace parley::cli {

namespace po = boost::program_options;

int RunExtract(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
               const Terminal& terminal) {
  std::vector<std::string> rule_paths;
  std::vector<std::string> inputs;
  std::string output;
  CorpusArguments corpus;
  po::options_description visible(
      "usage: parley extract [OPTIONS] INPUT...\n\n"
      "Finds every claim in the documents and writes them as JSON Lines (one claim\n"
      "per line, SPEC §3), in document and sentence order. INPUT is a file (.txt,\n"
      ".md, .jsonl), a directory (read recursively, in sorted order) or '-' for\n"
      "standard input.\n\n"
      "Documents are extracted on several threads at once (--jobs); the claims come\n"
      "out in the same order whatever the number. Memory does not grow with the\n"
      "corpus: .jsonl files are read line by line.\n\n"
      "When standard error is a terminal, it shows progress (documents, MB read,\n"
      "rate), unless the claims go to the same screen; errors are coloured there.\n\noptions");
  visible.add_options()
      ("help,h", "show this help")
      ("rules,r", po::value(&rule_paths)->value_name("PATH"),
       "a rule file or folder; may be given several times (default: the shipped rules/)")
      ("out,o", po::value(&output)->value_name("FILE"),
       "write the claims to FILE, whole or not at all (default: standard output)");
  AddCorpusOptions(&visible, &corpus);
  LimitArguments limit_arguments;
  po::options_description limit_options(kLimitsCaption);
  AddDocumentLimitOptions(&limit_options, &limit_arguments);
  AddRuleLimitOptions(&limit_options, &limit_arguments);
  visible.add(limit_options);
  po::variables_map vm;
  if (int done = ParseArguments("extract", args, visible, &inputs, &vm, out, err); done >= 0) return done;
  CorpusOptions corpus_options;
  if (int done = ToCorpusOptions("extract", vm, corpus, &corpus_options, err); done >= 0) return done;
  Limits limits;
  if (int done = ToLimits("extract", vm, limit_arguments, &limits, err); done >= 0) return done;
  corpus_options.read.limits = limits.documents;
  if (inputs.empty()) return UsageError("extract", "name the INPUT files or folders to read", err);

  OutputFile file;
  std::string problem;
  if (!file.Open(output, &problem)) {
    PrintError("extract", problem, err);
    return kExitBadInput;
  }
  std::shared_ptr<const CompiledRules> rules =
      LoadCompiledRules(rule_paths, "extract", limits.rules, err);
  if (!rules) return kExitBadInput;
  // One Extractor per worker: each holds per-thread state over the shared rules.
  std::vector<std::unique_ptr<Extractor>> extractors =
      MakeExtractors(rules, static_cast<size_t>(corpus_options.pipeline.jobs), err);
  if (extractors.empty()) return kExitBadInput;

  Diagnostics diagnostics;
  Diagnostics sentence_warnings;  // the workers' (the reader thread owns `diagnostics`)
  size_t documents = 0;
  std::ostream& sink = file.stream();
  std::unique_ptr<Progress> progress =
      StartProgress(corpus_options.progress, terminal, inputs, /*streams_to_stdout=*/file.to_stdout(), err);
  auto read = [&](const DocumentCallback& emit) {
    documents = ReadInputs(inputs, corpus_options.read, *MakeRealFileSystem(), emit, diagnostics);
  };
  auto extract = [&](size_t worker, Document&& document) -> Delivery {
    std::vector<Claim> claims;
    extractors[worker]->Extract(document, &claims);
    Diagnostics warnings;
    WarnAboutLongSentences(document, extractors[worker]->segmentation(), warnings);
    // Claims are written on the calling thread, in document order.
    return [&sink, &progress, &sentence_warnings, claims = std::move(claims),
            warnings = std::move(warnings), bytes = document.input_bytes] {
      for (const Claim& claim : claims) WriteClaimJson(claim, sink);
      for (const Diagnostic& warning : warnings.items()) sentence_warnings.Add(warning);
      progress->Add(bytes);
    };
  };
  const Status run = RunPipeline(read, extract, corpus_options.pipeline);
  progress->Finish();
  if (documents == 0 && !diagnostics.has_errors()) diagnostics.Error("", 0, 0, "no documents to read");
  PrintDiagnostics(diagnostics, err);
  PrintDiagnostics(sentence_warnings, err);
  if (!run.ok()) {
    PrintError("extract", run.diagnostic().message, err);
    return kExitBadInput;
  }
  // The good documents' claims went to standard output as they came; a file
  // is written whole or not at all, and without the bad documents' claims it
  // would not be whole (as analyze and compare, which write nothing then).
  if (diagnostics.has_errors() && !file.to_stdout()) {
    err << "parley extract: nothing written to " << output
        << ": mend the inputs above and run again\n";
    return kExitBadInput;
  }
  if (!file.Commit(&problem)) {
    PrintError("extract", problem, err);
    return kExitBadInput;
  }
  return diagnostics.has_errors() ? kExitBadInput : kExitOk;
}

}  // namespace parley::cli
