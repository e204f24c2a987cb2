// The fuzz targets (issue 8): what each one does with one input, kept apart
// from libFuzzer so that the same code runs in two places — in the libFuzzer
// binaries of the clang fuzz build (fuzz_main.cc), and in the unit tests of
// every build, which feed it the saved inputs of tests/fuzz/regressions/
// (tests/unit/fuzz_regressions_test.cc).
//
// A target returns normally for every input, good or bad: bad input must
// become diagnostics. It aborts (Require) only when the engine broke a
// promise of its public API, which is a bug for the fuzzer to report.
#ifndef PARLEY_TESTS_FUZZ_FUZZ_TARGETS_H_
#define PARLEY_TESTS_FUZZ_FUZZ_TARGETS_H_

#include <memory>
#include <span>
#include <string_view>

#include "parley/extractor.h"
#include "parley/rule_set.h"
#include "parley/status.h"

namespace parley::fuzz {

// YAML text as one rule file: loaded and checked; if it loads, compiled and
// its own rule tests run.
void FuzzRuleLoader(std::string_view yaml);

// A pattern, parsed as a rule pattern, a lexicon entry and an alias in both
// languages; then put into a small fixed rule set in each of those roles and,
// where the set checks, compiled and matched against fixed sentences.
void FuzzPattern(std::string_view pattern);

// Bytes as a .txt/.md file and as a .jsonl file, read (streamed in small
// pieces) and every document segmented; offsets checked, explain JSON parsed.
void FuzzDocument(std::string_view bytes);

// Valid UTF-8 text as a document in each language, extracted with the
// shipped rule pack as `parley explain --rules` does; every claim is checked
// and must read back through ClaimReader without an error.
void FuzzMatch(std::string_view text);

// JSON Lines as `parley compare` reads them, against the shipped rule pack;
// the claims that read are compared and written in every text format.
void FuzzClaims(std::string_view jsonl);

struct FuzzTarget {
  std::string_view name;  // the binary is fuzz_<name>; its regressions are in regressions/<name>/
  void (*run)(std::string_view input);
};

// Every target, in the order above.
std::span<const FuzzTarget> AllFuzzTargets();
const FuzzTarget* FindFuzzTarget(std::string_view name);

// --- shared by the targets ---------------------------------------------

// Aborts with `what` on standard error unless `condition` holds: the engine
// broke a promise (libFuzzer saves the input as a crash).
void Require(bool condition, std::string_view what);

// The shipped rule pack (rules/), loaded once; aborts if it does not load.
const RuleSet& ShippedRules();
const std::shared_ptr<const CompiledRules>& ShippedCompiledRules();

// An extractor over `rules`; aborts if there is none (a broken installation).
std::unique_ptr<Extractor> MakeExtractor(std::shared_ptr<const CompiledRules> rules);

// Checks that every diagnostic names a place that exists in `text` (a line
// of it, a column of that line) when it names one in `file`.
void RequirePlacesIn(const Diagnostics& diagnostics, std::string_view file, std::string_view text);

}  // namespace parley::fuzz

#endif  // PARLEY_TESTS_FUZZ_FUZZ_TARGETS_H_
