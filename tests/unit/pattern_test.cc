// Parsing the pattern language (SPEC §2): the tree, and every syntax error
// with its column inside the pattern.
#include <doctest/doctest.h>

#include "match/program.h"
#include "rules/pattern.h"
#include "test_support.h"

using namespace parley;

namespace {

std::string Render(const PatternNode& node) {
  std::string out;
  switch (node.kind) {
    case PatternNode::Kind::kSequence:
      for (const auto& child : node.children) out.append(out.empty() ? "" : " ").append(Render(child));
      return out;
    case PatternNode::Kind::kAlternation:
      for (const auto& child : node.children) out.append(out.empty() ? "" : " | ").append(Render(child));
      return "(" + out + ")";
    case PatternNode::Kind::kOptional:
      return std::string("[").append(Render(node.children.front())).append("]");
    case PatternNode::Kind::kToken:
      return node.text + (node.prefix ? "*" : "");
    case PatternNode::Kind::kGap:
      return "..." + std::to_string(node.max_gap);
    case PatternNode::Kind::kLexicon:
      return "@" + node.text;
    case PatternNode::Kind::kCapture: {
      static const char* kinds[] = {"actor", "target", "number", "duration", "word"};
      if (node.capture == CaptureKind::kActor || node.capture == CaptureKind::kTarget)
        return "{" + node.text + (node.argument.empty() ? "" : ":" + node.argument) + "}";
      return "{" + node.text + ":" + kinds[static_cast<int>(node.capture)] + "}";
    }
  }
  return out;
}

struct Parsed {
  std::string tree;
  std::vector<PatternError> errors;
  bool empty = false;
};

Parsed Parse(const std::string& pattern, Language language = Language::kGerman,
             PatternUse use = PatternUse::kRule) {
  auto segmenter = testing::MakeSegmenter(language);
  Parsed parsed;
  PatternNode node = ParsePattern(pattern, use, *segmenter, &parsed.errors);
  parsed.tree = Render(node);
  parsed.empty = MatchesEmpty(node);
  return parsed;
}

std::string FirstError(const std::string& pattern, PatternUse use = PatternUse::kRule) {
  Parsed parsed = Parse(pattern, Language::kGerman, use);
  if (parsed.errors.empty()) return "no error";
  return std::to_string(parsed.errors.front().column) + ": " + parsed.errors.front().message;
}

}  // namespace

TEST_CASE("the SPEC example pattern") {
  Parsed p = Parse("{actor} ...12 @DEMAND ...12 bedingungslos* [{days:duration}] (Waffenruhe|Feuerpause)");
  CHECK(p.errors.empty());
  CHECK(p.tree ==
        "{actor} ...12 @DEMAND ...12 bedingungslos* [{days:duration}] (waffenruhe | feuerpause)");
  CHECK_FALSE(p.empty);
}

TEST_CASE("literals are tokenized like text: hyphens, clitics, abbreviations, case") {
  CHECK(Parse("30-tägige Waffenruhe").tree == "30 tägige waffenruhe");
  CHECK(Parse("NATO-Beitritt*").tree == "nato beitritt*");
  CHECK(Parse("ukrainisch* Seite").tree == "ukrainisch* seite");
  CHECK(Parse("z. B. Polen").tree == "z.b. polen");
  CHECK(Parse("Ukraine's demand", Language::kEnglish).tree == "ukraine 's demand");
  CHECK(Parse("Kyiv’s", Language::kEnglish).tree == "kyiv 's");
  CHECK(Parse("the U.S. envoy", Language::kEnglish).tree == "the u.s. envoy");
  CHECK(Parse("STRASSE Maßnahmen").tree == "strasse massnahmen");
}

TEST_CASE("gaps, alternatives with several elements, nested optionals") {
  CHECK(Parse("a ... b").tree == "a ...6 b");
  CHECK(Parse("a ...0 b ...30 c").tree == "a ...0 b ...30 c");
  CHECK(Parse("(lehnt ... ab | weist ... zurück)").tree == "(lehnt ...6 ab | weist ...6 zurück)");
  CHECK(Parse("[sofortige [und bedingungslose]] Waffenruhe").tree ==
        "[sofortige [und bedingungslose]] waffenruhe");
  CHECK(Parse("[a | b] c").tree == "[(a | b)] c");
  CHECK(Parse("(schlägt|schlug) ... vor").tree == "(schlägt | schlug) ...6 vor");
}

TEST_CASE("captures") {
  CHECK(Parse("{actor} fordert {target}").tree == "{actor} fordert {target}");
  CHECK(Parse("{actor:RUS} droht {target:UKR}").tree == "{actor:RUS} droht {target:UKR}");
  CHECK(Parse("{ days : duration } {n:number} {w:word}").tree ==
        "{days:duration} {n:number} {w:word}");
}

TEST_CASE("syntax errors name their column") {
  CHECK(FirstError("(a | b") == "1: unbalanced '(': no ')' closes it");
  CHECK(FirstError("a b)") == "4: unbalanced ')': nothing to close");
  CHECK(FirstError("[a b") == "1: unbalanced '[': no ']' closes it");
  CHECK(FirstError("(a ] b)").find("4: ']' where ')' should close the '(' at column 1") == 0);
  CHECK(FirstError("a {actor b") == "3: unbalanced '{': no '}' closes it");
  CHECK(FirstError("a } b") == "3: unbalanced '}': nothing to close");
  CHECK(FirstError("(a || b)") == "5: empty alternative: every alternative must hold at least one element");
  CHECK(FirstError("(| b)") == "2: empty alternative: every alternative must hold at least one element");
  CHECK(FirstError("()") == "2: empty alternative: every alternative must hold at least one element");
  CHECK(FirstError("a ...45 b") == "3: gap '...45' is too wide: a gap spans at most 30 tokens");
  CHECK(FirstError("a ...99999999999 b").find("3: gap '...99999999999' is too wide") == 0);
  CHECK(FirstError("a @ b") == "3: '@' must be followed by a lexicon name, as in @DEMAND");
  CHECK(FirstError("{days:weeks}") == "1: unknown capture type 'weeks': use number, duration or word");
  CHECK(FirstError("{days}") == "1: capture 'days' needs a type: {days:number}, {days:duration} or {days:word}");
  CHECK(FirstError("{}") == "1: empty capture: write {actor}, {target} or {name:number|duration|word}");
  CHECK(FirstError("a | b") == "3: '|' outside brackets: write alternatives as (a | b)");
  CHECK(FirstError("forder *") == "8: '*' must follow a word directly, as in forder*");
  CHECK(FirstError("fordert , ab").find("9: ',' holds no word") == std::string::npos);
  CHECK(FirstError("– , –") == "1: '– , –' holds no word or number: punctuation is not a token");
}

TEST_CASE("columns count characters, not bytes") {
  CHECK(FirstError("Größe (ä") == "7: unbalanced '(': no ')' closes it");
}

TEST_CASE("what aliases and lexicon entries may not hold") {
  CHECK(FirstError("russisch* Seite", PatternUse::kAlias) == "no error");
  CHECK(FirstError("Kreml ... Sprecher", PatternUse::kAlias) == "7: aliases cannot hold gaps ('...')");
  CHECK(FirstError("{actor}", PatternUse::kAlias) == "1: aliases cannot hold captures ('{...}')");
  CHECK(FirstError("lehnt ... ab", PatternUse::kLexiconEntry) == "no error");
  CHECK(FirstError("{n:number}", PatternUse::kLexiconEntry) ==
        "1: lexicon entries cannot hold captures ('{...}')");
}

TEST_CASE("patterns that can only match the empty sequence") {
  CHECK(Parse("[a] ...").empty);
  CHECK(Parse("([a] | ...3)").empty);
  CHECK(Parse("").empty);
  CHECK_FALSE(Parse("[a] b").empty);
  CHECK_FALSE(Parse("(a | [b] c)").empty);
}

TEST_CASE("deep nesting is an error, not a stack overflow") {
  std::string deep(10000, '(');
  Parsed p = Parse(deep + "a");
  REQUIRE_FALSE(p.errors.empty());
  CHECK(p.errors.front().message == "brackets nested more than 32 deep");
}

TEST_CASE("pattern: single-word alternatives compile to one step, a gap to one instruction") {
  auto segmenter = testing::MakeSegmenter(Language::kGerman);
  std::vector<PatternError> errors;
  LexiconTrees lexicon;
  for (const char* entry : {"fordert", "verlangt", "pocht*", "besteht darauf"})
    lexicon["DEMAND"].push_back(ParsePattern(entry, PatternUse::kLexiconEntry, *segmenter, &errors));
  const PatternNode pattern = ParsePattern("{actor} ...6 @DEMAND ...8 (Waffenruhe|Feuerpause)", PatternUse::kRule,
                                           *segmenter, &errors);
  REQUIRE(errors.empty());
  const Program program = CompilePattern(pattern, lexicon, {});
  // The instructions reachable from the start (a merged word's own
  // instruction stays behind, unreachable).
  std::vector<bool> reachable(program.code.size(), false);
  for (int32_t pc = program.start; pc >= 0; --pc) {
    if (pc != program.start && !reachable[static_cast<size_t>(pc)]) continue;
    reachable[static_cast<size_t>(pc)] = true;
    const Instruction& instruction = program.code[static_cast<size_t>(pc)];
    for (int32_t to : {instruction.next, instruction.alt})
      if (to >= 0) reachable[static_cast<size_t>(to)] = true;
  }
  int one_of = 0, gaps = 0, tokens = 0, splits = 0;
  for (size_t pc = 0; pc < program.code.size(); ++pc) {
    if (!reachable[pc]) continue;
    const Instruction& instruction = program.code[pc];
    one_of += instruction.op == Instruction::Op::kOneOf;
    gaps += instruction.op == Instruction::Op::kGap;
    tokens += instruction.op == Instruction::Op::kToken || instruction.op == Instruction::Op::kPrefix;
    splits += instruction.op == Instruction::Op::kSplit;
  }
  // fordert|verlangt|pocht* merge; "besteht darauf" (two words) stays a
  // sequence behind one split; waffenruhe|feuerpause merge.
  CHECK(one_of == 2);
  CHECK(gaps == 2);
  CHECK(tokens == 2);
  CHECK(splits == 1);
}

// Plain ASCII words skip ICU's word breaks (pattern_parser.cc,
// AddPlainWords): they must come out as the tokenizer would make them.
TEST_CASE("pattern: plain ASCII words are the tokens and folds the tokenizer gives") {
  uint32_t state = 12345;
  auto next = [&] { return state = state * 1103515245u + 12345u, (state >> 16) & 0x7fff; };
  for (Language language : {Language::kGerman, Language::kEnglish}) {
    auto segmenter = testing::MakeSegmenter(language);
    for (int round = 0; round < 300; ++round) {
      std::string text = std::string(next() % 3, ' ');
      for (int word = 0, words = 1 + static_cast<int>(next() % 4); word < words; ++word) {
        if (word) text += std::string(1 + next() % 2, ' ');
        for (int i = 0, letters = 1 + static_cast<int>(next() % 12); i < letters; ++i)
          text += static_cast<char>((next() % 2 ? 'a' : 'A') + next() % 26);
      }
      std::vector<PatternError> errors;
      const PatternNode tree = ParsePattern(text, PatternUse::kRule, *segmenter, &errors);
      REQUIRE(errors.empty());
      Segmentation tokens;
      segmenter->Tokenize(text, &tokens);
      REQUIRE(tree.children.size() == tokens.tokens.size());
      for (size_t i = 0; i < tokens.tokens.size(); ++i) {
        INFO(text);
        CHECK(tree.children[i].kind == PatternNode::Kind::kToken);
        CHECK(tree.children[i].text == tokens.Fold(tokens.tokens[i]));
        CHECK(tree.children[i].column == static_cast<int>(tokens.tokens[i].start) + 1);
      }
    }
  }
  auto segmenter = testing::MakeSegmenter(Language::kGerman);
  std::vector<PatternError> errors;
  const PatternNode star = ParsePattern("Waffen  Ruhe* ...3 x", PatternUse::kRule, *segmenter, &errors);
  REQUIRE(errors.empty());
  REQUIRE(star.children.size() == 4);
  CHECK((star.children[1].text == "ruhe" && star.children[1].prefix && star.children[1].column == 9));
  CHECK_FALSE(star.children[0].prefix);
  ParsePattern("Ruhe *", PatternUse::kRule, *segmenter, &errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message == "'*' must follow a word directly, as in forder*");
}
