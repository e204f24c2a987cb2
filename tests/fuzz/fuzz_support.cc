// What the fuzz targets share: the table of targets, the shipped rule pack
// loaded once, and the check that aborts on a broken promise.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>

#include "fuzz_targets.h"

#ifndef PARLEY_SOURCE_DIR
#error "PARLEY_SOURCE_DIR must name the source tree (tests/fuzz/CMakeLists.txt sets it)"
#endif

namespace parley::fuzz {
namespace {

constexpr std::array<FuzzTarget, 5> kTargets = {{
    {"rule_loader", &FuzzRuleLoader},
    {"pattern", &FuzzPattern},
    {"document", &FuzzDocument},
    {"match", &FuzzMatch},
    {"claims", &FuzzClaims},
}};

}  // namespace

std::span<const FuzzTarget> AllFuzzTargets() { return kTargets; }

const FuzzTarget* FindFuzzTarget(std::string_view name) {
  for (const FuzzTarget& target : kTargets)
    if (target.name == name) return &target;
  return nullptr;
}

void Require(bool condition, std::string_view what) {
  if (condition) return;
  std::fprintf(stderr, "parley fuzz: broken promise: %.*s\n", static_cast<int>(what.size()),
               what.data());
  std::abort();
}

const RuleSet& ShippedRules() {
  // Loaded on first use and kept for the process: every input of the match
  // and claims targets is read against the same pack.
  static const RuleSet* const rules = [] {
    auto* loaded = new RuleSet();
    Diagnostics diagnostics;
    const bool ok = LoadRuleSet({PARLEY_SOURCE_DIR "/rules"}, *MakeRealFileSystem(), loaded,
                                diagnostics);
    for (const Diagnostic& diagnostic : diagnostics.items())
      std::fprintf(stderr, "%s\n", diagnostic.ToString().c_str());
    Require(ok, "the shipped rules/ must load");
    return loaded;
  }();
  return *rules;
}

const std::shared_ptr<const CompiledRules>& ShippedCompiledRules() {
  static const auto* const compiled = [] {
    Status status;
    auto rules = CompiledRules::Compile(ShippedRules(), &status);
    Require(rules != nullptr, "the shipped rules/ must compile");
    return new std::shared_ptr<const CompiledRules>(std::move(rules));
  }();
  return *compiled;
}

std::unique_ptr<Extractor> MakeExtractor(std::shared_ptr<const CompiledRules> rules) {
  Status status;
  std::unique_ptr<Extractor> extractor = Extractor::Create(std::move(rules), &status);
  Require(extractor != nullptr, "Extractor::Create fails only without ICU data");
  return extractor;
}

void RequirePlacesIn(const Diagnostics& diagnostics, std::string_view file, std::string_view text) {
  const int lines = 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
  for (const Diagnostic& diagnostic : diagnostics.items()) {
    Require(!diagnostic.message.empty(), "every diagnostic says what is wrong");
    if (diagnostic.file != file) continue;
    Require(diagnostic.line >= 0 && diagnostic.line <= lines + 1,
            "a diagnostic's line lies inside the input");
    Require(diagnostic.column >= 0, "a diagnostic's column is not negative");
    Require(diagnostic.byte_offset >= -1 &&
                diagnostic.byte_offset <= static_cast<int64_t>(text.size()),
            "a diagnostic's byte offset lies inside the input");
  }
}

}  // namespace parley::fuzz
