// Fuzz target: matching (text in, against the shipped rule pack).
//
// The input is the text of one document (only valid UTF-8 without NUL
// reaches the matcher: the reader skips anything else). It is extracted as
// German and as English with the pack in rules/, explained as `parley
// explain --rules` does, and every claim is checked against the rule set and
// the text. The claims are then written as `parley extract` writes them and
// read back as `parley compare` reads them: not one line may be refused.
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_targets.h"
#include "parley/claim_reader.h"
#include "parley/explain.h"
#include "read/utf8.h"

namespace parley::fuzz {
namespace {

void RequireGoodClaim(const Claim& claim, const Document& document, const RuleSet& rules) {
  Require(claim.start < claim.end && claim.end <= document.text.size(),
          "a claim's match is a non-empty part of its document");
  Require(claim.sentence >= 1 && claim.line >= 1, "sentences and lines are 1-based");
  Require(rules.FindActor(claim.actor) != nullptr, "a claim's actor is in the rule set");
  Require(claim.target.empty() || rules.FindActor(claim.target) != nullptr,
          "a claim's target is in the rule set");
  const PositionDef* position = rules.FindPosition(claim.position);
  Require(position != nullptr && position->topic == claim.topic,
          "a claim's position is in the rule set, under the claim's topic");
  Require(claim.condition_of.empty() || rules.FindPosition(claim.condition_of) != nullptr,
          "a claim's condition_of is a position of the rule set");
  Require(!claim.rule.empty() && claim.doc == document.id, "a claim names its rule and document");
}

}  // namespace

void FuzzMatch(std::string_view text) {
  bool binary = false;
  if (FindBinaryOrInvalidUtf8(text, &binary) >= 0) return;  // the reader never hands it on

  static Extractor* const extractor = MakeExtractor(ShippedCompiledRules()).release();
  const RuleSet& rules = ShippedRules();

  std::ostringstream jsonl;
  for (Language language : {Language::kGerman, Language::kEnglish}) {
    Document document;
    document.id = std::string("fuzz/") + std::string(LanguageCode(language));
    document.date = "2025-05-16";
    document.lang = language;
    document.text = std::string(text);

    std::vector<Claim> claims;
    std::vector<SentenceExplanation> sentences;
    extractor->Extract(document, &claims, &sentences);
    Require(sentences.size() == extractor->segmentation().sentences.size(),
            "one explanation per sentence");
    for (const Claim& claim : claims) {
      RequireGoodClaim(claim, document, rules);
      WriteClaimJson(claim, jsonl);
    }
    const ExplainedRules explained{&claims, &sentences};
    std::ostringstream out;
    WriteExplainJson(document, extractor->segmentation(), out, &explained);
    WriteExplainText(document, extractor->segmentation(), out, &explained);
  }

  std::istringstream back(jsonl.str());
  ClaimReader reader(rules);
  std::vector<Claim> read;
  Diagnostics diagnostics;
  reader.Read(back, "claims.jsonl", &read, diagnostics);
  reader.Finish(diagnostics);
  for (const Diagnostic& diagnostic : diagnostics.items())
    std::fprintf(stderr, "%s\n", diagnostic.ToString().c_str());
  Require(diagnostics.empty(), "compare reads every claim extract writes");
}

}  // namespace parley::fuzz
