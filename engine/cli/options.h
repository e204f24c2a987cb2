// Command-line parsing shared by the commands (Boost.Program_options).
#ifndef PARLEY_CLI_OPTIONS_H_
#define PARLEY_CLI_OPTIONS_H_

#include <boost/program_options.hpp>

#include <iosfwd>
#include <string>
#include <vector>

#include "console/progress.h"
#include "parley/comparison.h"
#include "parley/limits.h"
#include "parley/pipeline.h"
#include "parley/reader.h"
#include "parley/report.h"

namespace parley::cli {

// Parses `args` against `visible` (and `hidden`, options that --help does
// not show), collecting the positional arguments into `positionals`. Prints
// `help_intro` and the options for --help. Returns an exit status when the
// command is done (help shown, or a usage error), else -1.
int ParseArguments(const std::string& command, const std::vector<std::string>& args,
                   const boost::program_options::options_description& visible,
                   std::vector<std::string>* positionals,
                   boost::program_options::variables_map* vm, std::ostream& out,
                   std::ostream& err, const std::string& help_intro = "",
                   const boost::program_options::options_description* hidden = nullptr);

// --lang and --strict as ReadOptions. Returns an exit status on a usage
// error, else -1.
int ToReadOptions(const std::string& command, const boost::program_options::variables_map& vm,
                  const std::string& lang, ReadOptions* options, std::ostream& err);

// --quiet and --progress, the progress display of extract and analyze.
void AddProgressOptions(boost::program_options::options_description* options);

// The two as a ProgressMode; both at once is a usage error. Returns an exit
// status on a usage error, else -1.
int ToProgressMode(const std::string& command, const boost::program_options::variables_map& vm,
                   ProgressMode* mode, std::ostream& err);

// --jobs (-j): how many documents extract and analyze work on at once.
// `jobs` receives the text as given; ToJobs checks it.
void AddJobsOption(boost::program_options::options_description* options, std::string* jobs);

// --jobs as a number of worker threads: by default one per core the machine
// has (at least 1); given, a whole number from 1 to kMaxJobs. Anything else
// is a usage error. Returns an exit status on a usage error, else -1.
inline constexpr int kMaxJobs = 256;
int ToJobs(const std::string& command, const boost::program_options::variables_map& vm,
           const std::string& text, int* jobs, std::ostream& err);

// The options for reading a corpus that extract and analyze share, declared
// in this order: --lang, --strict, --jobs, --quiet, --progress.
struct CorpusArguments {
  std::string lang;
  std::string jobs;  // as given; ToCorpusOptions checks it
};
void AddCorpusOptions(boost::program_options::options_description* options,
                      CorpusArguments* arguments);

struct CorpusOptions {
  ReadOptions read;
  ProgressMode progress = ProgressMode::kAuto;
  PipelineOptions pipeline;
};
// ToReadOptions, ToProgressMode and ToJobs in one. Returns an exit status on
// a usage error, else -1.
int ToCorpusOptions(const std::string& command, const boost::program_options::variables_map& vm,
                    const CorpusArguments& arguments, CorpusOptions* options, std::ostream& err);

// The report and comparison options compare and analyze share:
// --format, --table, --since, --until, --actors.
struct ReportArguments {
  std::string format = "md";
  std::string table = "claims";
  std::string since;
  std::string until;
  std::string actors;  // "A,B"
};
void AddReportOptions(boost::program_options::options_description* options,
                      ReportArguments* arguments);

// --format and --table as ReportOptions: an unknown name, or a format this
// build does not write, is a usage error that lists what there is. Returns
// an exit status on a usage error, else -1.
int ToReportOptions(const std::string& command, const ReportArguments& arguments,
                    ReportOptions* options, std::ostream& err);

// --since, --until and --actors as CompareOptions, checked against the rule
// set (a bad date, an unknown actor with the nearest known id). Returns an
// exit status on a usage error, else -1.
int ToCompareOptions(const std::string& command, const ReportArguments& arguments,
                     const RuleSet& rule_set, CompareOptions* options, std::ostream& err);

// The resource limits (parley/limits.h), one flag each, as given; ToLimits
// checks them. Document limits go on the commands that read documents
// (extract, analyze, explain), rule limits on every command that loads rules.
inline constexpr const char* kLimitsCaption =
    "limits (each guards against input that would exhaust memory or time; the defaults\n"
    "suit any real corpus, and a message names the flag when one is reached)";
struct LimitArguments {
  std::string max_document_bytes;
  std::string max_sentence_chars;
  std::string max_sentence_tokens;
  std::string max_pattern_elements;
  std::string max_rules;
  std::string max_yaml_depth;
  std::string max_yaml_alias_nodes;
};
// --max-document-bytes, --max-sentence-chars, --max-sentence-tokens.
void AddDocumentLimitOptions(boost::program_options::options_description* options,
                             LimitArguments* arguments);
// --max-pattern-elements, --max-rules, --max-yaml-depth, --max-yaml-alias-nodes.
void AddRuleLimitOptions(boost::program_options::options_description* options,
                         LimitArguments* arguments);

// The flags given as Limits (the others keep their defaults). A value that
// is not a whole number from 1 to the limit's highest is a usage error.
// Returns an exit status on a usage error, else -1.
int ToLimits(const std::string& command, const boost::program_options::variables_map& vm,
             const LimitArguments& arguments, Limits* limits, std::ostream& err);

}  // namespace parley::cli

#endif  // PARLEY_CLI_OPTIONS_H_
