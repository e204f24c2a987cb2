// Writes seed inputs for the pattern and match fuzz targets from a rule set:
// every pattern the set holds (rule patterns, unless patterns, lexicon
// entries, aliases) and every text of its rule tests, one file each, so that
// the fuzzers start from the project's own rules rather than from nothing.
//
//   make_seeds OUT_DIR RULE_PATH...     (writes OUT_DIR/pattern/, OUT_DIR/match/)
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "parley/rule_set.h"

namespace {

void WriteAll(const std::filesystem::path& dir, const std::set<std::string>& inputs) {
  std::filesystem::create_directories(dir);
  int n = 0;
  for (const std::string& input : inputs) {
    char name[32];
    std::snprintf(name, sizeof name, "seed-%05d", ++n);
    std::ofstream(dir / name, std::ios::binary) << input;
  }
  std::printf("make_seeds: %zu seeds in %s\n", inputs.size(), dir.c_str());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: make_seeds OUT_DIR RULE_PATH...\n");
    return 2;
  }
  const std::vector<std::string> paths(argv + 2, argv + argc);
  parley::RuleSet rules;
  parley::Diagnostics diagnostics;
  if (!parley::LoadRuleSet(paths, *parley::MakeRealFileSystem(), &rules, diagnostics)) {
    for (const parley::Diagnostic& diagnostic : diagnostics.items())
      std::fprintf(stderr, "%s\n", diagnostic.ToString().c_str());
    return 1;
  }
  std::set<std::string> patterns;
  std::set<std::string> texts;
  for (const parley::RuleDef& rule : rules.rules) {
    patterns.insert(rule.pattern);
    patterns.insert(rule.unless.begin(), rule.unless.end());
    for (const parley::RuleTest& test : rule.tests) texts.insert(test.text);
  }
  for (const parley::LexiconDef& list : rules.lexicon)
    for (const auto& entries : list.entries) patterns.insert(entries.begin(), entries.end());
  for (const parley::ActorDef& actor : rules.actors)
    for (const auto& aliases : actor.aliases) patterns.insert(aliases.begin(), aliases.end());
  WriteAll(std::filesystem::path(argv[1]) / "pattern", patterns);
  WriteAll(std::filesystem::path(argv[1]) / "match", texts);
  return 0;
}
