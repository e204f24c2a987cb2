// Command-line parsing shared by the commands (Boost.Program_options).
#ifndef PARLEY_CLI_OPTIONS_H_
#define PARLEY_CLI_OPTIONS_H_

#include <boost/program_options.hpp>

#include <iosfwd>
#include <string>
#include <vector>

#include "parley/reader.h"

namespace parley::cli {

// Parses `args` against `visible`, collecting the positional arguments into
// `positionals`. Prints `help_intro` and the options for --help. Returns an
// exit status when the command is done (help shown, or a usage error),
// else -1.
int ParseArguments(const std::string& command, const std::vector<std::string>& args,
                   const boost::program_options::options_description& visible,
                   std::vector<std::string>* positionals,
                   boost::program_options::variables_map* vm, std::ostream& out,
                   std::ostream& err, const std::string& help_intro = "");

// --lang and --strict as ReadOptions. Returns an exit status on a usage
// error, else -1.
int ToReadOptions(const std::string& command, const boost::program_options::variables_map& vm,
                  const std::string& lang, ReadOptions* options, std::ostream& err);

}  // namespace parley::cli

#endif  // PARLEY_CLI_OPTIONS_H_
