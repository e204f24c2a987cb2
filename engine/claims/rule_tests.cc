// Running the tests that rules carry (SPEC §2, key `tests`).
#include "parley/rule_tests.h"

#include <charconv>
#include <functional>

#include "parley/segmenter.h"

namespace parley {
namespace {

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return lower;
}

class TestRunner {
 public:
  explicit TestRunner(Extractor& extractor)
      : extractor_(extractor), rules_(extractor.rules().rule_set()) {}

  std::vector<RuleTestResult> Run() {
    std::vector<RuleTestResult> results;
    for (const RuleDef& rule : rules_.rules)
      for (const RuleTest& test : rule.tests) results.push_back(RunOne(rule, test));
    return results;
  }

 private:
  // Whether a claim by `actual` counts for `wanted`: the same actor, or a
  // group that has it as a member (through nested groups).
  bool ActorFits(const std::string& actual, const std::string& wanted, int depth = 0) const {
    if (actual == wanted) return true;
    const ActorDef* group = rules_.FindActor(actual);
    if (!group || depth > 64) return false;
    for (const std::string& member : group->members)
      if (ActorFits(member, wanted, depth + 1)) return true;
    return false;
  }

  bool ValueFits(const AttributeValue& value, const std::string& wanted) const {
    if (!value.is_number) return Lower(value.text) == Lower(wanted);
    double number = 0;
    const char* end = wanted.data() + wanted.size();
    auto [ptr, ec] = std::from_chars(wanted.data(), end, number);
    return ec == std::errc() && ptr == end && number == value.number;
  }

  bool Fits(const Claim& claim, const std::map<std::string, std::string>& expect) const {
    for (const auto& [key, wanted] : expect) {
      bool fits = false;
      if (key == "actor") {
        fits = ActorFits(claim.actor, wanted);
      } else if (key == "target") {
        fits = !claim.target.empty() ? ActorFits(claim.target, wanted) : wanted.empty();
      } else if (key == "stance") {
        fits = StanceName(claim.stance) == wanted;
      } else if (key == "position") {
        fits = claim.position == wanted;
      } else if (key == "condition_of") {
        fits = claim.condition_of == wanted;
      } else if (auto it = claim.attributes.find(key); it != claim.attributes.end()) {
        fits = ValueFits(it->second, wanted);
      }
      if (!fits) return false;
    }
    return true;
  }

  static std::string Describe(const Claim& claim) {
    std::string text = "actor=" + claim.actor + " stance=" + std::string(StanceName(claim.stance)) +
                       " position=" + claim.position;
    if (!claim.target.empty()) text += " target=" + claim.target;
    if (!claim.condition_of.empty()) text += " condition_of=" + claim.condition_of;
    for (const auto& [name, value] : claim.attributes) {
      text += " " + name + "=" + AttributeText(value);
    }
    return text + " (rule " + claim.rule + ")";
  }

  RuleTestResult RunOne(const RuleDef& rule, const RuleTest& test) {
    Document document;
    document.id = "test";
    document.lang = rule.lang;
    document.lang_source = LanguageSource::kDocument;
    document.file = test.location.file;
    document.text = test.text;
    claims_.clear();
    explanation_.clear();
    extractor_.Extract(document, &claims_, &explanation_);

    bool fits = false;
    bool any = false;
    for (const Claim& claim : claims_) {
      if (claim.rule != rule.id) continue;
      any = true;
      fits = fits || Fits(claim, test.expect);
    }
    RuleTestResult result;
    result.rule = &rule;
    result.test = &test;
    switch (test.kind) {
      case RuleTest::Kind::kMatch:
        result.outcome = fits ? RuleTestResult::Outcome::kPassed : RuleTestResult::Outcome::kFailed;
        break;
      case RuleTest::Kind::kNoMatch:
        result.outcome = any ? RuleTestResult::Outcome::kFailed : RuleTestResult::Outcome::kPassed;
        break;
      case RuleTest::Kind::kTodo:
        result.outcome = fits ? RuleTestResult::Outcome::kTodoFixed : RuleTestResult::Outcome::kTodo;
        break;
    }
    if (result.outcome != RuleTestResult::Outcome::kPassed) Explain(rule, test, &result.details);
    return result;
  }

  // What was expected, what was found, and why the rule under test did not
  // yield what it should have.
  void Explain(const RuleDef& rule, const RuleTest& test, std::vector<std::string>* details) const {
    if (test.kind == RuleTest::Kind::kNoMatch) {
      details->push_back("expected: no claim from this rule");
    } else {
      std::string expected = "expected: a claim from this rule";
      const char* separator = " with ";
      for (const auto& [key, value] : test.expect) {
        expected += separator + key + "=" + value;
        separator = " ";
      }
      details->push_back(expected);
    }
    if (claims_.empty()) details->push_back("found: no claim");
    for (const Claim& claim : claims_) details->push_back("found: " + Describe(claim));
    const Segmentation& segmentation = extractor_.segmentation();
    for (size_t s = 0; s < explanation_.size() && s < segmentation.sentences.size(); ++s) {
      const Sentence& sentence = segmentation.sentences[s];
      auto token_text = [&](int token) -> std::string {
        if (token < 0) return "the end of the sentence";
        const Token& t = segmentation.tokens[sentence.first_token + static_cast<uint32_t>(token)];
        return "'" + std::string(Segmentation::Text(test.text, t)) + "'";
      };
      for (const ExplainedMatch& match : explanation_[s].matches) {
        if (match.rule != rule.id) continue;
        const Token& first = segmentation.tokens[sentence.first_token + match.first_token];
        const Token& last = segmentation.tokens[sentence.first_token + match.end_token - 1];
        const std::string matched = test.text.substr(first.start, last.end - first.start);
        details->push_back("this rule matched \"" + matched + "\": " + match.outcome);
      }
      for (const NearMiss& miss : explanation_[s].near_misses) {
        if (miss.rule != rule.id) continue;
        details->push_back("this rule stopped at pattern element " + miss.element + " (column " +
                           std::to_string(miss.column) + ") at " + token_text(miss.token));
      }
    }
  }

  Extractor& extractor_;
  const RuleSet& rules_;
  std::vector<Claim> claims_;
  std::vector<SentenceExplanation> explanation_;
};

}  // namespace

std::vector<RuleTestResult> RunRuleTests(Extractor& extractor) {
  return TestRunner(extractor).Run();
}

}  // namespace parley
