// Command-line parsing shared by the commands.
#include "cli/options.h"

#include <algorithm>
#include <ostream>
#include <sstream>
#include <thread>

#include "cli/cli.h"

namespace parley::cli {

namespace po = boost::program_options;

int ParseArguments(const std::string& command, const std::vector<std::string>& args,
                   const po::options_description& visible, std::vector<std::string>* positionals,
                   po::variables_map* vm, std::ostream& out, std::ostream& err,
                   const std::string& help_intro, const po::options_description* hidden) {
  po::options_description all;
  all.add(visible);
  if (hidden) all.add(*hidden);
  all.add_options()("positional", po::value(positionals));
  po::positional_options_description positional;
  positional.add("positional", -1);
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), *vm);
    po::notify(*vm);
  } catch (const po::error& e) {
    return UsageError(command, e.what(), err);
  }
  if (vm->count("help")) {
    out << help_intro << visible << "\n";
    return kExitOk;
  }
  return -1;
}

int ToReadOptions(const std::string& command, const po::variables_map& vm, const std::string& lang,
                  ReadOptions* options, std::ostream& err) {
  options->strict = vm.count("strict") > 0;
  if (lang.empty()) return -1;
  options->default_language = ParseLanguage(lang);
  if (!options->default_language)
    return UsageError(command, "unsupported language '" + lang + "': use 'de' or 'en'", err);
  return -1;
}

void AddProgressOptions(po::options_description* options) {
  options->add_options()
      ("quiet,q", "no progress display, even on a terminal (errors and warnings are still "
       "printed)")
      ("progress", "show progress on standard error even when it is not a terminal (there as "
       "a plain line every 5 seconds and one at the end)");
}

int ToProgressMode(const std::string& command, const po::variables_map& vm, ProgressMode* mode,
                   std::ostream& err) {
  const bool quiet = vm.count("quiet") > 0;
  const bool progress = vm.count("progress") > 0;
  if (quiet && progress)
    return UsageError(command, "--quiet and --progress contradict each other: give one", err);
  *mode = quiet ? ProgressMode::kOff : progress ? ProgressMode::kForced : ProgressMode::kAuto;
  return -1;
}

void AddJobsOption(po::options_description* options, std::string* jobs) {
  options->add_options()
      ("jobs,j", po::value(jobs)->value_name("N"),
       "work on N documents at once, on N threads (default: one per core); the output "
       "is the same for every N");
}

int ToJobs(const std::string& command, const po::variables_map& vm, const std::string& text,
           int* jobs, std::ostream& err) {
  if (vm.count("jobs") == 0) {
    *jobs = static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u,
                                        static_cast<unsigned>(kMaxJobs)));
    return -1;
  }
  int value = 0;
  bool ok = !text.empty() && text.size() <= 4;
  for (char c : text) ok = ok && c >= '0' && c <= '9';
  if (ok) value = std::stoi(text);
  if (!ok || value < 1 || value > kMaxJobs)
    return UsageError(command,
                      std::string("--jobs '").append(text).append("': give a whole number from 1 to ")
                          .append(std::to_string(kMaxJobs)), err);
  *jobs = value;
  return -1;
}

void AddReportOptions(po::options_description* options, ReportArguments* arguments) {
  options->add_options()
      ("format,f", po::value(&arguments->format)->value_name("FORMAT"),
       "md (default: a report to read), html (one self-contained page), json (everything, "
       "schema in docs/json-schema.md), "
       "csv (a table, see --table), dot (Graphviz) or graphml (Gephi, igraph, networkx)")
      ("table", po::value(&arguments->table)->value_name("TABLE"),
       "the table csv writes: claims (default, one row per claim), pairs (actor pairs per "
       "topic) or matrix (actor x topic)")
      ("since", po::value(&arguments->since)->value_name("DATE"),
       "only claims dated DATE or later (YYYY, YYYY-MM or YYYY-MM-DD; a month or year "
       "counts from its first day); undated claims are left out")
      ("until", po::value(&arguments->until)->value_name("DATE"),
       "only claims dated DATE or earlier (a month or year counts to its last day); "
       "undated claims are left out")
      ("actors", po::value(&arguments->actors)->value_name("A,B"),
       "compare only these actor ids (a group's claims count for the members named)");
}

int ToReportOptions(const std::string& command, const ReportArguments& arguments,
                    ReportOptions* options, std::ostream& err) {
  constexpr const char* kFormats = "md, html, json, csv, dot, graphml";
  std::optional<ReportFormat> format = ParseReportFormat(arguments.format);
  if (!format)
    return UsageError(command, std::string("unknown format '").append(arguments.format)
                                   .append("': use one of ").append(kFormats), err);
  std::optional<CsvTable> table = ParseCsvTable(arguments.table);
  if (!table)
    return UsageError(command, std::string("unknown table '").append(arguments.table)
                                   .append("': use claims, pairs or matrix"), err);
  options->format = *format;
  options->table = *table;
  // A format this build does not write yet writes nothing even for an empty
  // comparison: found out before any work.
  std::ostringstream probe;
  if (!WriteReport(Comparison(), *options, probe))
    return UsageError(command, std::string("the format '").append(arguments.format)
                                   .append("' is not available yet: use one of ").append(kFormats), err);
  return -1;
}

int ToCompareOptions(const std::string& command, const ReportArguments& arguments,
                     const RuleSet& rule_set, CompareOptions* options, std::ostream& err) {
  options->since = arguments.since;
  options->until = arguments.until;
  options->actors.clear();
  std::istringstream actors(arguments.actors);
  for (std::string actor; std::getline(actors, actor, ',');) {
    const size_t first = actor.find_first_not_of(" \t");
    if (first == std::string::npos) continue;
    actor = actor.substr(first, actor.find_last_not_of(" \t") - first + 1);
    if (std::find(options->actors.begin(), options->actors.end(), actor) == options->actors.end())
      options->actors.push_back(actor);
  }
  if (!arguments.actors.empty() && options->actors.empty())
    return UsageError(command, "--actors names no actor: write ids separated by commas, e.g. UKR,RUS", err);
  if (std::string problem = CheckCompareOptions(rule_set, *options); !problem.empty())
    return UsageError(command, problem, err);
  return -1;
}

void AddCorpusOptions(boost::program_options::options_description* options,
                      CorpusArguments* arguments) {
  options->add_options()
      ("lang,l", boost::program_options::value(&arguments->lang)->value_name("de|en"),
       "language of documents that do not name one (default: detected)")
      ("strict", "invalid UTF-8, binary content or a document over --max-document-bytes is "
       "an error, not a warning");
  AddJobsOption(options, &arguments->jobs);
  AddProgressOptions(options);
}

int ToCorpusOptions(const std::string& command, const boost::program_options::variables_map& vm,
                    const CorpusArguments& arguments, CorpusOptions* options, std::ostream& err) {
  if (int done = ToReadOptions(command, vm, arguments.lang, &options->read, err); done >= 0) return done;
  if (int done = ToProgressMode(command, vm, &options->progress, err); done >= 0) return done;
  return ToJobs(command, vm, arguments.jobs, &options->pipeline.jobs, err);
}

}  // namespace parley::cli
