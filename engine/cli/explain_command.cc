// parley explain [--format text|json] [--lang de|en] [--strict] (--text "..." | INPUT...)
#include <boost/program_options.hpp>

#include <array>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/cli.h"
#include "cli/options.h"
#include "cli/rule_paths.h"
#include "parley/explain.h"
#include "parley/reader.h"
#include "parley/segmenter.h"

namespace parley::cli {
namespace {

namespace po = boost::program_options;

// One Segmenter per language, made when first needed.
class Segmenters {
 public:
  Segmenter* For(Language language, Status* status) {
    auto& slot = by_language_[language == Language::kGerman ? 0 : 1];
    if (!slot) slot = Segmenter::Create(language, status);
    return slot.get();
  }

 private:
  std::array<std::unique_ptr<Segmenter>, 2> by_language_;
};

}  // namespace

int RunExplain(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string format = "text";
  std::string lang;
  std::string text;
  std::vector<std::string> inputs;
  std::vector<std::string> rule_paths;
  po::options_description visible(
      "usage: parley explain [OPTIONS] (--text \"SENTENCES\" | INPUT...)\n\n"
      "Shows how parley reads documents and what the rules make of them: every\n"
      "sentence with its line, column, paragraph and byte offsets, its tokens\n"
      "(folded form; numbers with their value), its claims with the rule and\n"
      "captures, the matches that yielded no claim and why, and the near misses:\n"
      "rules whose words occur in the sentence but whose pattern failed, with the\n"
      "pattern element and the token where matching stopped. INPUT is a file (.txt,\n"
      ".md, .jsonl), a directory (read recursively, in sorted order) or '-' for\n"
      "standard input.\n\noptions");
  visible.add_options()
      ("help,h", "show this help")
      ("rules,r", po::value(&rule_paths)->value_name("PATH"),
       "a rule file or folder; may be given several times (default: the shipped\n"
       "rules/, when it holds rule files)")
      ("format,f", po::value(&format)->value_name("text|json"),
       "output: 'text' for reading (default) or 'json', one object per document")
      ("lang,l", po::value(&lang)->value_name("de|en"),
       "language of documents that do not name one (default: detected)")
      ("strict", "invalid UTF-8, binary content or a document over --max-document-bytes is "
       "an error, not a warning")
      ("text,t", po::value(&text)->value_name("SENTENCES"), "explain this text instead of files");
  LimitArguments limit_arguments;
  po::options_description limit_options(kLimitsCaption);
  AddDocumentLimitOptions(&limit_options, &limit_arguments);
  AddRuleLimitOptions(&limit_options, &limit_arguments);
  visible.add(limit_options);
  po::variables_map vm;
  if (int done = ParseArguments("explain", args, visible, &inputs, &vm, out, err); done >= 0) return done;
  if (format != "text" && format != "json")
    return UsageError("explain", "unknown format '" + format + "': use 'text' or 'json'", err);
  ReadOptions options;
  if (int done = ToReadOptions("explain", vm, lang, &options, err); done >= 0) return done;
  Limits limits;
  if (int done = ToLimits("explain", vm, limit_arguments, &limits, err); done >= 0) return done;
  options.limits = limits.documents;
  const bool have_text = vm.count("text") > 0;
  if (have_text && !inputs.empty())
    return UsageError("explain", "give either --text or INPUT files, not both", err);
  if (!have_text && inputs.empty())
    return UsageError("explain", "nothing to explain: name INPUT files or give --text", err);

  if (rule_paths.empty()) {
    const std::string shipped = ShippedRulesFolder();
    if (!shipped.empty() && HasRuleFiles(shipped)) rule_paths.push_back(shipped);
  }
  std::unique_ptr<Extractor> extractor;
  if (!rule_paths.empty()) {
    extractor = LoadExtractor(rule_paths, "explain", limits.rules, err);
    if (!extractor) return kExitBadInput;
  }

  Diagnostics diagnostics;
  Segmenters segmenters;
  Segmentation segmentation;
  std::vector<Claim> claims;
  std::vector<SentenceExplanation> sentences;
  bool broken_installation = false;
  auto explain = [&](Document&& document) {
    if (extractor) {
      claims.clear();
      sentences.clear();
      extractor->Extract(document, &claims, &sentences);
      WarnAboutLongSentences(document, extractor->segmentation(), diagnostics);
      const ExplainedRules rules{&claims, &sentences};
      if (format == "json")
        WriteExplainJson(document, extractor->segmentation(), out, &rules);
      else
        WriteExplainText(document, extractor->segmentation(), out, &rules);
      return;
    }
    Status status;
    Segmenter* segmenter = segmenters.For(document.lang, &status);
    if (!segmenter) {
      diagnostics.Add(status.diagnostic());
      broken_installation = true;
      return;
    }
    segmenter->Segment(document, &segmentation);
    WarnAboutLongSentences(document, segmentation, diagnostics);
    if (format == "json")
      WriteExplainJson(document, segmentation, out);
    else
      WriteExplainText(document, segmentation, out);
  };

  size_t documents = 0;
  if (have_text) {
    if (std::optional<Document> document =
            ReadTextDocument(text, "--text", "text", options, diagnostics)) {
      explain(std::move(*document));
      ++documents;
    }
  } else {
    std::unique_ptr<FileSystem> file_system = MakeRealFileSystem();
    documents = ReadInputs(inputs, options, *file_system, explain, diagnostics);
  }
  out.flush();
  if (documents == 0 && !diagnostics.has_errors())
    diagnostics.Error("", 0, 0, "no documents to read");
  PrintDiagnostics(diagnostics, err);
  return diagnostics.has_errors() || broken_installation ? kExitBadInput : kExitOk;
}

}  // namespace parley::cli
