// Fuzz target: the rule-set loader (YAML text in).
//
// The input is one rule file. It is loaded alone first; most mutations of
// a file of rules lose nothing by that, but a file of rules only (like the
// shipped rules-de.yaml) refers to actors, positions and lists it does not
// define, so when it does not load alone it is loaded again next to the
// shipped ontology.yaml and lexicon.yaml, as it would be in the pack. A set
// that loads is compiled and its own tests are run, as `parley rules test`
// does: whatever the loader accepts, the compiler and matcher must take.
#include <string>
#include <vector>

#include "fuzz_targets.h"
#include "parley/rule_tests.h"
#include "test_support.h"

namespace parley::fuzz {
namespace {

constexpr const char* kInputFile = "pack/zz-input.yaml";

// The shipped ontology and lexicon files, read once, under pack/.
const testing::MemoryFileSystem& PackCompanions() {
  static const auto* const files = [] {
    auto* fs = new testing::MemoryFileSystem();
    auto real = MakeRealFileSystem();
    for (const char* name : {"ontology.yaml", "lexicon.yaml"}) {
      std::string text;
      std::string error;
      Require(real->ReadFile(std::string(PARLEY_SOURCE_DIR "/rules/ukraine-russia-2025/") + name,
                             &text, &error),
              "the shipped ontology and lexicon files must be readable");
      fs->files[std::string("pack/") + name] = std::move(text);
    }
    fs->directories.push_back("pack");
    return fs;
  }();
  return *files;
}

// Loads `paths` from `fs`; if the set loads, compiles it and runs its tests.
// Returns whether it loaded.
bool LoadAndUse(const testing::MemoryFileSystem& fs, const std::vector<std::string>& paths,
                std::string_view yaml) {
  RuleSet rules;
  Diagnostics diagnostics;
  const bool loaded = LoadRuleSet(paths, fs, &rules, diagnostics);
  RequirePlacesIn(diagnostics, kInputFile, yaml);
  Require(loaded == !diagnostics.has_errors(), "LoadRuleSet fails exactly when it reports an error");
  for (const Diagnostic& diagnostic : diagnostics.items())
    (void)diagnostic.ToString();  // excerpts and carets are built from the input too
  if (!loaded) return false;

  Status status;
  std::shared_ptr<const CompiledRules> compiled = CompiledRules::Compile(rules, &status);
  Require(compiled != nullptr, "a rule set that loads compiles");
  std::unique_ptr<Extractor> extractor = MakeExtractor(compiled);
  for (const RuleTestResult& result : RunRuleTests(*extractor))
    Require(result.rule != nullptr && result.test != nullptr, "every test result names its test");
  return true;
}

}  // namespace

void FuzzRuleLoader(std::string_view yaml) {
  testing::MemoryFileSystem alone;
  alone.files[kInputFile] = std::string(yaml);
  if (LoadAndUse(alone, {kInputFile}, yaml)) return;

  testing::MemoryFileSystem in_pack = PackCompanions();
  in_pack.files[kInputFile] = std::string(yaml);
  LoadAndUse(in_pack, {"pack"}, yaml);
}

}  // namespace parley::fuzz
