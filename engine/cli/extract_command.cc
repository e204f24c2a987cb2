// parley extract [--rules PATH]... [--out FILE] [--lang de|en] [--strict]
//                [--quiet | --progress] INPUT...
#include <boost/program_options.hpp>

#include <iostream>

#include "cli/cli.h"
#include "cli/options.h"
#include "cli/output_file.h"
#include "cli/rule_paths.h"
#include "parley/claim.h"
#include "parley/extractor.h"
#include "parley/reader.h"

namespace parley::cli {

namespace po = boost::program_options;

int RunExtract(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
               const Terminal& terminal) {
  std::vector<std::string> rule_paths;
  std::vector<std::string> inputs;
  std::string output;
  std::string lang;
  po::options_description visible(
      "usage: parley extract [OPTIONS] INPUT...\n\n"
      "Finds every claim in the documents and writes them as JSON Lines (one claim\n"
      "per line, SPEC §3), in document and sentence order. INPUT is a file (.txt,\n"
      ".md, .jsonl), a directory (read recursively, in sorted order) or '-' for\n"
      "standard input.\n\n"
      "When standard error is a terminal, it shows progress (documents, MB read,\n"
      "rate), unless the claims go to the same screen; errors are coloured there.\n\noptions");
  visible.add_options()
      ("help,h", "show this help")
      ("rules,r", po::value(&rule_paths)->value_name("PATH"),
       "a rule file or folder; may be given several times (default: the shipped rules/)")
      ("out,o", po::value(&output)->value_name("FILE"),
       "write the claims to FILE, whole or not at all (default: standard output)")
      ("lang,l", po::value(&lang)->value_name("de|en"),
       "language of documents that do not name one (default: detected)")
      ("strict", "invalid UTF-8 or binary content is an error, not a warning");
  AddProgressOptions(&visible);
  po::variables_map vm;
  if (int done = ParseArguments("extract", args, visible, &inputs, &vm, out, err); done >= 0) return done;
  ReadOptions options;
  if (int done = ToReadOptions("extract", vm, lang, &options, err); done >= 0) return done;
  ProgressMode progress_mode;
  if (int done = ToProgressMode("extract", vm, &progress_mode, err); done >= 0) return done;
  if (inputs.empty()) return UsageError("extract", "name the INPUT files or folders to read", err);

  OutputFile file;
  std::string problem;
  if (!file.Open(output, &problem)) {
    PrintError("extract", problem, err);
    return kExitBadInput;
  }
  std::unique_ptr<Extractor> extractor = LoadExtractor(rule_paths, "extract", err);
  if (!extractor) return kExitBadInput;

  Diagnostics diagnostics;
  std::vector<Claim> claims;
  std::ostream& sink = file.stream();
  std::unique_ptr<Progress> progress =
      StartProgress(progress_mode, terminal, inputs, /*streams_to_stdout=*/file.to_stdout(), err);
  auto extract = [&](Document&& document) {
    claims.clear();
    extractor->Extract(document, &claims);
    for (const Claim& claim : claims) WriteClaimJson(claim, sink);
    progress->Add(document.input_bytes);
  };
  const size_t documents = ReadInputs(inputs, options, *MakeRealFileSystem(), extract, diagnostics);
  progress->Finish();
  if (documents == 0 && !diagnostics.has_errors()) diagnostics.Error("", 0, 0, "no documents to read");
  PrintDiagnostics(diagnostics, err);
  if (!file.Commit(&problem)) {
    PrintError("extract", problem, err);
    return kExitBadInput;
  }
  return diagnostics.has_errors() ? kExitBadInput : kExitOk;
}

}  // namespace parley::cli
