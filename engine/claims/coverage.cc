// Counting sentences and finding the ones the rules missed.
#include "claims/coverage.h"

#include <cctype>
#include <iterator>
#include <set>
#include <string_view>

#include "claims/compiled_rules.h"
#include "match/matcher.h"
#include "match/program.h"
#include "match/sentence_facts.h"
#include "rules/pattern.h"

namespace parley {

namespace {

// "DEMAND", "reject", "PROPOSE_VERB": the part before the first '_' is a stance.
bool NamesStance(std::string_view name) {
  std::string head(name.substr(0, name.find('_')));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ParseStance(head).has_value();
}

}  // namespace

class CoverageCounter::Impl {
 public:
  explicit Impl(const CompiledRules& rules) : rules_(rules) {}

  // Compiles, per language, one program that matches any entry of the
  // lexicon lists the rules' patterns name (the stance words).
  bool Init(Status* status) {
    const RuleSet& rule_set = rules_.impl().rule_set;
    ActorIds actor_ids;
    for (size_t i = 0; i < rule_set.actors.size(); ++i)
      actor_ids.emplace(rule_set.actors[i].id, static_cast<int32_t>(i));
    std::array<LexiconTrees, 2> lexicon;
    std::set<std::string, std::less<>> named;
    for (Language language : {Language::kGerman, Language::kEnglish}) {
      std::unique_ptr<Segmenter> segmenter = Segmenter::Create(language, status);
      if (!segmenter) return false;
      const size_t l = LanguageIndex(language);
      std::vector<PatternError> errors;  // none: the rule set was checked when loaded
      for (const LexiconDef& list : rule_set.lexicon)
        for (const std::string& entry : list.entries[l])
          lexicon[l][list.name].push_back(
              ParsePattern(entry, PatternUse::kLexiconEntry, *segmenter, &errors));
      for (const RuleDef& rule : rule_set.rules) {
        if (rule.lang != language) continue;
        const PatternNode pattern = ParsePattern(rule.pattern, PatternUse::kRule, *segmenter, &errors);
        std::vector<const PatternNode*> lists;
        std::vector<const PatternNode*> actors;
        CollectReferences(pattern, &lists, &actors);
        for (const PatternNode* list : lists)
          if (list->text != "NEGATION") named.insert(list->text);
      }
    }
    // Lists named after a stance (DEMAND, REJECT_VERB, …) are the stance
    // words; @CEASEFIRE or @TALKS name what is negotiated, not a stance.
    // A rule set that names no list that way has all its lists counted.
    std::set<std::string, std::less<>> stances;
    for (const std::string& name : named)
      if (NamesStance(name)) stances.insert(name);
    if (!stances.empty()) named = std::move(stances);
    // A list named by a rule of either language counts in both: a German
    // rule's DEMAND words in an English sentence show a rule to write.
    for (size_t l = 0; l < 2; ++l) {
      std::vector<const PatternNode*> entries;
      for (const std::string& name : named)
        if (auto it = lexicon[l].find(name); it != lexicon[l].end())
          for (const PatternNode& entry : it->second) entries.push_back(&entry);
      if (!entries.empty()) stance_words_[l] = CompileAlternatives(entries, lexicon[l], actor_ids);
    }
    return true;
  }

  CoverageCounter::Part Count(const Document& document, const Segmentation& segmentation,
                              const std::vector<Claim>& claims) {
    CoverageCounter::Part part;
    part.sentences = segmentation.sentences.size();
    const Program& words = stance_words_[LanguageIndex(document.lang)];
    if (words.empty()) return part;
    std::vector<bool> claimed(segmentation.sentences.size(), false);
    for (const Claim& claim : claims)
      if (claim.sentence >= 1 && static_cast<size_t>(claim.sentence) <= claimed.size())
        claimed[static_cast<size_t>(claim.sentence - 1)] = true;
    const ActorAliases* aliases = rules_.impl().For(document.lang).aliases.get();
    for (size_t i = 0; i < segmentation.sentences.size(); ++i) {
      const Sentence& sentence = segmentation.sentences[i];
      if (claimed[i] || sentence.token_count == 0) continue;
      facts_.Reset(document.text, segmentation, sentence, aliases, &alias_matcher_);
      if (!matcher_.MatchesAnywhere(words, facts_) || !MentionsActor()) continue;
      part.unclaimed.push_back(std::string(document.id)
                                   .append(":")
                                   .append(std::to_string(sentence.line))
                                   .append(": ")
                                   .append(Segmentation::SentenceText(document.text, sentence)));
    }
    return part;
  }

  void Add(CoverageCounter::Part part) {
    ++documents_;
    sentences_ += part.sentences;
    unclaimed_.insert(unclaimed_.end(), std::make_move_iterator(part.unclaimed.begin()),
                      std::make_move_iterator(part.unclaimed.end()));
  }

  void Fill(Coverage* coverage) const {
    coverage->has_unclaimed = true;
    coverage->documents_read = documents_;
    coverage->sentences = sentences_;
    coverage->unclaimed = unclaimed_;
  }

 private:
  bool MentionsActor() {
    for (size_t pos = 0; pos < facts_.size(); ++pos)
      if (facts_.ListAt(pos).end >= 0) return true;
    return false;
  }

  const CompiledRules& rules_;
  std::array<Program, 2> stance_words_;  // per language; empty: no list is named
  SentenceFacts facts_;
  Matcher alias_matcher_;
  Matcher matcher_;
  size_t documents_ = 0;
  size_t sentences_ = 0;
  std::vector<std::string> unclaimed_;
};

std::unique_ptr<CoverageCounter> CoverageCounter::Create(const CompiledRules& rules,
                                                         Status* status) {
  auto impl = std::make_unique<Impl>(rules);
  if (!impl->Init(status)) return nullptr;
  return std::unique_ptr<CoverageCounter>(new CoverageCounter(std::move(impl)));
}

CoverageCounter::CoverageCounter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
CoverageCounter::~CoverageCounter() = default;

void CoverageCounter::Add(const Document& document, const Segmentation& segmentation,
                          const std::vector<Claim>& claims) {
  impl_->Add(impl_->Count(document, segmentation, claims));
}

CoverageCounter::Part CoverageCounter::Count(const Document& document,
                                             const Segmentation& segmentation,
                                             const std::vector<Claim>& claims) {
  return impl_->Count(document, segmentation, claims);
}

void CoverageCounter::Add(Part part) { impl_->Add(std::move(part)); }

void CoverageCounter::Fill(Coverage* coverage) const { impl_->Fill(coverage); }

}  // namespace parley
