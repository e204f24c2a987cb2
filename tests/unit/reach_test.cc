// The matcher's bit-parallel reach pass (match/reach.cc) only prunes: every
// match it lets the search find is one a plain search over the pattern tree
// finds too, and none is lost. Checked against a reference that enumerates
// every end of every element, on random patterns and random sentences,
// short (one 64-bit word of positions) and long (several words).
#include <doctest/doctest.h>

#include <random>
#include <set>

#include "match/matcher.h"
#include "match/program.h"
#include "match/sentence_facts.h"
#include "rules/pattern.h"
#include "test_support.h"

namespace parley {
namespace {

const char* const kWords[] = {"a", "b", "c", "ab", "abc", "d"};

// Every end of a match of `node` starting at `pos`.
std::set<int> Ends(const PatternNode& node, const std::vector<std::string>& folds, int pos,
                   const LexiconTrees& lexicon) {
  using Kind = PatternNode::Kind;
  const int size = static_cast<int>(folds.size());
  std::set<int> out;
  switch (node.kind) {
    case Kind::kSequence: {
      std::set<int> at{pos};
      for (const PatternNode& child : node.children) {
        std::set<int> next;
        for (int from : at) next.merge(Ends(child, folds, from, lexicon));
        at = std::move(next);
      }
      return at;
    }
    case Kind::kAlternation:
      for (const PatternNode& child : node.children) out.merge(Ends(child, folds, pos, lexicon));
      return out;
    case Kind::kOptional:
      out = Ends(node.children.front(), folds, pos, lexicon);
      out.insert(pos);
      return out;
    case Kind::kToken:
      if (pos < size && (node.prefix ? folds[static_cast<size_t>(pos)].starts_with(node.text)
                                     : folds[static_cast<size_t>(pos)] == node.text))
        out.insert(pos + 1);
      return out;
    case Kind::kGap:
      for (int end = pos; end <= std::min(size, pos + node.max_gap); ++end) out.insert(end);
      return out;
    case Kind::kLexicon:
      for (const PatternNode& entry : lexicon.at(node.text)) out.merge(Ends(entry, folds, pos, lexicon));
      return out;
    case Kind::kCapture:  // {w:word}
      if (pos < size) out.insert(pos + 1);
      return out;
  }
  return out;
}

// Leftmost, longest, non-empty, then on after its end: SPEC §2 "Which match".
std::vector<std::pair<int, int>> Reference(const PatternNode& pattern, const std::vector<std::string>& folds,
                                           const LexiconTrees& lexicon) {
  std::vector<std::pair<int, int>> out;
  for (int pos = 0; pos < static_cast<int>(folds.size());) {
    const std::set<int> ends = Ends(pattern, folds, pos, lexicon);
    if (!ends.empty() && *ends.rbegin() > pos) {
      out.emplace_back(pos, *ends.rbegin());
      pos = *ends.rbegin();
    } else {
      ++pos;
    }
  }
  return out;
}

// Appends one random pattern element to `out`. (Built by appending: GCC 12
// at -O3 warns falsely on "literal" + std::string.)
void AppendRandomElement(std::mt19937& random, int depth, std::string* out) {
  const int kind = static_cast<int>(random() % (depth > 2 ? 4 : 8));
  const char* word = kWords[random() % std::size(kWords)];
  switch (kind) {
    case 0: case 1: out->append(word); return;
    case 2: out->append(word).append("*"); return;
    case 3: out->append("...").append(std::to_string(random() % 5)); return;
    case 4: out->append("@L"); return;
    case 5: out->append("{w:word}"); return;
    case 6:
      out->append("(");
      AppendRandomElement(random, depth + 1, out);
      for (int i = 0, n = 1 + static_cast<int>(random() % 3); i < n; ++i) {
        out->append(" | ");
        AppendRandomElement(random, depth + 1, out);
        out->append(" ");
        AppendRandomElement(random, depth + 1, out);
      }
      out->append(")");
      return;
    default:
      out->append("[");
      AppendRandomElement(random, depth + 1, out);
      out->append(" ");
      AppendRandomElement(random, depth + 1, out);
      out->append("]");
  }
}

void CheckRandom(size_t sentence_words, int rounds, uint32_t seed) {
  auto segmenter = testing::MakeSegmenter(Language::kEnglish);
  std::vector<PatternError> errors;
  LexiconTrees lexicon;
  for (const char* entry : {"a b", "c", "d ...2 a", "ab*"})
    lexicon["L"].push_back(ParsePattern(entry, PatternUse::kLexiconEntry, *segmenter, &errors));
  REQUIRE(errors.empty());
  const ActorAliases aliases(Language::kEnglish, {}, {});
  Matcher matcher;
  Matcher alias_matcher;
  std::mt19937 random(seed);
  int matched = 0;
  for (int round = 0; round < rounds; ++round) {
    std::string text;
    for (int i = 0, n = 2 + static_cast<int>(random() % 5); i < n; ++i) {
      if (i) text += ' ';
      AppendRandomElement(random, 0, &text);
    }
    errors.clear();
    const PatternNode pattern = ParsePattern(text, PatternUse::kRule, *segmenter, &errors);
    if (!errors.empty() || MatchesEmpty(pattern)) continue;
    const Program program = CompilePattern(pattern, lexicon, {});
    std::string sentence;
    for (size_t i = 0; i < sentence_words; ++i) {
      if (i) sentence += ' ';
      sentence += kWords[random() % std::size(kWords)];
    }
    sentence += ".";
    Segmentation segmentation;
    segmenter->Segment(sentence, 0, 1, &segmentation);
    REQUIRE(segmentation.sentences.size() == 1);
    SentenceFacts facts;
    facts.Reset(sentence, segmentation, segmentation.sentences[0], &aliases, &alias_matcher);
    std::vector<std::string> folds;
    for (size_t i = 0; i < facts.size(); ++i) folds.emplace_back(facts.Fold(i));
    std::vector<Match> matches;
    matcher.FindAll(program, facts, &matches);
    std::vector<std::pair<int, int>> found;
    for (const Match& match : matches) found.emplace_back(match.begin, match.end);
    INFO("pattern: ", text);
    INFO("sentence: ", sentence);
    CHECK(found == Reference(pattern, folds, lexicon));
    CHECK(matcher.MatchesAnywhere(program, facts) == !found.empty());
    matched += !found.empty();
  }
  CHECK(matched > rounds / 10);  // the patterns do match, often
}

}  // namespace

TEST_CASE("reach: pruned matching finds exactly the reference's matches, short sentences") {
  CheckRandom(12, 1500, 7);
}

TEST_CASE("reach: pruned matching finds exactly the reference's matches, sentences over 64 tokens") {
  CheckRandom(150, 300, 11);
}

}  // namespace parley

namespace parley {

// An alias that can match no token (the rule checks refuse one, a rule set
// built through the API does not pass them) is no mention where it matches
// nothing: before, finding it recursed until the stack ran out.
TEST_CASE("sentence facts: an alias that matches no token gives no mention there") {
  auto segmenter = testing::MakeSegmenter(Language::kEnglish);
  std::vector<PatternError> errors;
  std::vector<std::vector<PatternNode>> aliases(2);
  aliases[0].push_back(ParsePattern("[kiew]", PatternUse::kAlias, *segmenter, &errors));
  aliases[1].push_back(ParsePattern("ukraine", PatternUse::kAlias, *segmenter, &errors));
  REQUIRE(errors.empty());
  const ActorAliases actor_aliases(Language::kEnglish, aliases, {{}, {}});
  const std::string sentence = "Kiew and Ukraine x.";
  Segmentation segmentation;
  segmenter->Segment(sentence, 0, 1, &segmentation);
  Matcher alias_matcher;
  SentenceFacts facts;
  facts.Reset(sentence, segmentation, segmentation.sentences.at(0), &actor_aliases, &alias_matcher);
  CHECK(facts.ListAt(0).end == 3);  // "Kiew and Ukraine"
  CHECK(facts.ListAt(0).actors == std::vector<int32_t>{0, 1});
  CHECK(facts.ListAt(3).end == -1);  // "x": the alias matches nothing there
}

}  // namespace parley
