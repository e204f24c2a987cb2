// Command-line parsing shared by the commands.
#include "cli/options.h"

#include <ostream>

#include "cli/cli.h"

namespace parley::cli {

namespace po = boost::program_options;

int ParseArguments(const std::string& command, const std::vector<std::string>& args,
                   const po::options_description& visible, std::vector<std::string>* positionals,
                   po::variables_map* vm, std::ostream& out, std::ostream& err,
                   const std::string& help_intro) {
  po::options_description all;
  all.add(visible).add_options()("positional", po::value(positionals));
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

}  // namespace parley::cli
