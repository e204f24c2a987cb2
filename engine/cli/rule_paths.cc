// Locating the shipped rule pack and loading rule sets for a command.
#include "cli/rule_paths.h"

#include <filesystem>
#include <ostream>

#include "cli/cli.h"
#include "parley/rule_set.h"

namespace parley::cli {

std::string ShippedRulesFolder() {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path executable = fs::read_symlink("/proc/self/exe", ec);
  std::vector<fs::path> candidates;
  if (!ec) {
    candidates.push_back(executable.parent_path().parent_path() / "rules");
    candidates.push_back(executable.parent_path().parent_path() / "share" / "parley" / "rules");
  }
#ifdef PARLEY_SOURCE_RULES_DIR
  candidates.emplace_back(PARLEY_SOURCE_RULES_DIR);
#endif
  for (const fs::path& candidate : candidates)
    if (fs::is_directory(candidate, ec)) return candidate.string();
  return "";
}

bool HasRuleFiles(const std::string& folder) {
  namespace fs = std::filesystem;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string ext = it->path().extension().string();
    if (ext == ".yaml" || ext == ".yml") return true;
  }
  return false;
}

bool LoadRules(const std::vector<std::string>& paths, const std::string& command,
               const RuleLimits& limits, RuleSet* rule_set, std::ostream& err) {
  std::vector<std::string> chosen = paths;
  if (chosen.empty()) {
    const std::string shipped = ShippedRulesFolder();
    if (shipped.empty()) {
      PrintError(command, "no rule set: the shipped rules/ folder was not found; name one with --rules",
                 err);
      return false;
    }
    if (!HasRuleFiles(shipped)) {
      PrintError(command,
                 std::string("no rule set: the shipped folder ").append(shipped)
                     .append(" holds no rule files yet; name one with --rules"),
                 err);
      return false;
    }
    chosen.push_back(shipped);
  }
  Diagnostics diagnostics;
  const bool ok = LoadRuleSet(chosen, *MakeRealFileSystem(), rule_set, diagnostics, limits);
  PrintDiagnostics(diagnostics, err);
  if (!ok) {
    err << "parley " << command << ": the rule set has errors; 'parley rules check' lists them\n";
    return false;
  }
  return true;
}

std::shared_ptr<const CompiledRules> LoadCompiledRules(const std::vector<std::string>& paths,
                                                       const std::string& command,
                                                       const RuleLimits& limits,
                                                       std::ostream& err) {
  RuleSet rule_set;
  if (!LoadRules(paths, command, limits, &rule_set, err)) return nullptr;
  Status status;
  std::shared_ptr<const CompiledRules> compiled = CompiledRules::Compile(rule_set, &status);
  if (!compiled) PrintDiagnostic(status.diagnostic(), err);
  return compiled;
}

std::vector<std::unique_ptr<Extractor>> MakeExtractors(
    const std::shared_ptr<const CompiledRules>& rules, size_t count, std::ostream& err) {
  std::vector<std::unique_ptr<Extractor>> extractors;
  for (size_t i = 0; i < count; ++i) {
    Status status;
    std::unique_ptr<Extractor> extractor = Extractor::Create(rules, &status);
    if (!extractor) {
      PrintDiagnostic(status.diagnostic(), err);
      return {};
    }
    extractors.push_back(std::move(extractor));
  }
  return extractors;
}

std::unique_ptr<Extractor> LoadExtractor(const std::vector<std::string>& paths,
                                         const std::string& command, const RuleLimits& limits,
                                         std::ostream& err) {
  std::shared_ptr<const CompiledRules> compiled = LoadCompiledRules(paths, command, limits, err);
  if (!compiled) return nullptr;
  std::vector<std::unique_ptr<Extractor>> extractors = MakeExtractors(compiled, 1, err);
  return extractors.empty() ? nullptr : std::move(extractors.front());
}

}  // namespace parley::cli
