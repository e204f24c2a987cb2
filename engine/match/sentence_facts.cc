// Actor mentions, actor lists and spans of time in a sentence.
#include "match/sentence_facts.h"

#include <algorithm>

#include "match/durations.h"
#include "match/matcher.h"
#include "match/word_hash.h"

namespace parley {
namespace {

bool IsArticle(Language language, std::string_view fold) {
  if (language == Language::kGerman)
    return fold == "der" || fold == "die" || fold == "das" || fold == "den" || fold == "dem" ||
           fold == "des";
  return fold == "the";
}

}  // namespace

ActorAliases::ActorAliases(Language language, const std::vector<std::vector<PatternNode>>& aliases,
                           std::vector<std::vector<int32_t>> members)
    : language_(language), members_(std::move(members)) {
  const LexiconTrees no_lexicon;
  const ActorIds no_actors;
  for (size_t actor = 0; actor < aliases.size(); ++actor) {
    std::vector<const PatternNode*> alternatives;
    bool always = false;
    for (const PatternNode& alias : aliases[actor]) {
      alternatives.push_back(&alias);
      if (std::optional<std::vector<Literal>> first = FirstLiterals(alias)) {
        for (const Literal& literal : *first) first_words_.Add(literal, static_cast<uint32_t>(actor));
      } else {
        always = true;
      }
    }
    if (always) first_words_.AddAlways(static_cast<uint32_t>(actor));
    programs_.push_back(CompileAlternatives(alternatives, no_lexicon, no_actors));
  }
  for (auto& list : members_) std::sort(list.begin(), list.end());
}

bool ActorAliases::Fits(int32_t mentioned, int32_t wanted) const {
  if (mentioned == wanted) return true;
  if (mentioned < 0 || static_cast<size_t>(mentioned) >= members_.size()) return false;
  const auto& members = members_[static_cast<size_t>(mentioned)];
  return std::binary_search(members.begin(), members.end(), wanted);
}

void SentenceFacts::Reset(std::string_view text, const Segmentation& segmentation,
                          const Sentence& sentence, const ActorAliases* aliases,
                          Matcher* alias_matcher) {
  text_ = text;
  tokens_ = segmentation.TokensOf(sentence);
  aliases_ = aliases;
  alias_matcher_ = alias_matcher;
  folds_.clear();
  hashes_.clear();
  for (const Token& token : tokens_) {
    folds_.push_back(segmentation.Fold(token));
    hashes_.push_back(WordHash(folds_.back()));
  }
  mention_end_.assign(tokens_.size(), -2);
  mention_actor_.assign(tokens_.size(), -1);
  lists_.resize(tokens_.size());
  list_known_.assign(tokens_.size(), false);
}

int32_t SentenceFacts::MentionAt(size_t pos, int32_t* actor) {
  if (mention_end_[pos] != -2) {
    *actor = mention_actor_[pos];
    return mention_end_[pos];
  }
  candidates_.clear();
  aliases_->first_words().ForEach(folds_[pos], [&](uint32_t id) { candidates_.push_back(id); });
  for (uint32_t id : aliases_->first_words().always()) candidates_.push_back(id);
  std::sort(candidates_.begin(), candidates_.end());
  candidates_.erase(std::unique(candidates_.begin(), candidates_.end()), candidates_.end());
  int32_t best_end = -1;
  int32_t best_actor = -1;
  for (uint32_t candidate : candidates_) {  // in rule-set order: the first actor wins a tie
    const int32_t end = alias_matcher_->LongestAt(aliases_->program(candidate), *this, pos);
    // A mention takes at least one token. The rule checks refuse aliases
    // that can match none, but a rule set built through the API skips them,
    // and an empty mention would make the joining below recurse forever.
    if (end > static_cast<int32_t>(pos) && end > best_end) {
      best_end = end;
      best_actor = static_cast<int32_t>(candidate);
    }
  }
  // Adjacent mentions of one actor are one mention ("US-Präsident Donald
  // Trump", "Präsident Wolodymyr Selenskyj"), so that a gap after {actor}
  // cannot take the rest of the name for a second actor.
  if (best_end > 0 && static_cast<size_t>(best_end) < folds_.size() &&
      OnlySpaceBefore(static_cast<size_t>(best_end))) {
    int32_t next_actor = -1;
    const int32_t next_end = MentionAt(static_cast<size_t>(best_end), &next_actor);
    if (next_end > best_end && next_actor == best_actor) best_end = next_end;
  }
  // A possessive belongs to the mention: "Ukraine's delegation".
  if (best_end >= 0 && static_cast<size_t>(best_end) < folds_.size() &&
      aliases_->language() == Language::kEnglish && folds_[static_cast<size_t>(best_end)] == "'s")
    ++best_end;
  mention_end_[pos] = best_end;
  mention_actor_[pos] = best_actor;
  *actor = best_actor;
  return best_end;
}

int32_t SentenceFacts::ItemAt(size_t pos, int32_t* actor) {
  if (pos >= tokens_.size()) return -1;
  const int32_t end = MentionAt(pos, actor);
  if (end >= 0) return end;
  if (pos + 1 < tokens_.size() && IsArticle(aliases_->language(), folds_[pos]))
    return MentionAt(pos + 1, actor);
  return -1;
}

bool SentenceFacts::CommaBefore(size_t pos) const {
  if (pos == 0 || pos >= tokens_.size()) return false;
  const std::string_view between =
      text_.substr(tokens_[pos - 1].end, tokens_[pos].start - tokens_[pos - 1].end);
  return between.find(',') != std::string_view::npos;
}

bool SentenceFacts::OnlySpaceBefore(size_t pos) const {
  const std::string_view between =
      text_.substr(tokens_[pos - 1].end, tokens_[pos].start - tokens_[pos - 1].end);
  return between.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

size_t SentenceFacts::ConjunctionAt(size_t pos) const {
  if (pos >= folds_.size()) return 0;
  const std::string_view word = folds_[pos];
  if (aliases_->language() == Language::kGerman)
    return word == "und" || word == "sowie" || word == "oder" ? 1 : 0;
  if (word == "and" || word == "or") return 1;
  if (word == "as" && pos + 2 < folds_.size() && folds_[pos + 1] == "well" && folds_[pos + 2] == "as")
    return 3;
  return 0;
}

const SentenceFacts::ActorList& SentenceFacts::ListAt(size_t pos) {
  ActorList& list = lists_[pos];
  if (list_known_[pos]) return list;
  list_known_[pos] = true;
  list.actors.clear();
  int32_t actor = -1;
  list.end = ItemAt(pos, &actor);
  if (list.end < 0) return list;
  list.actors.push_back(actor);
  while (true) {
    // A separator is a comma, a conjunction, or both ("A, B, and C"); an
    // item that is no actor ends the list before the separator.
    size_t next = static_cast<size_t>(list.end);
    const bool comma = CommaBefore(next);
    const size_t conjunction = ConjunctionAt(next);
    if (!comma && conjunction == 0) break;
    next += conjunction;
    const int32_t end = ItemAt(next, &actor);
    if (end < 0) break;
    if (std::find(list.actors.begin(), list.actors.end(), actor) == list.actors.end())
      list.actors.push_back(actor);
    list.end = end;
  }
  return list;
}

bool SentenceFacts::ListFits(const ActorList& list, int32_t wanted) const {
  for (int32_t actor : list.actors)
    if (Fits(actor, wanted)) return true;
  return false;
}

int32_t SentenceFacts::DurationAt(size_t pos, double* days) const {
  if (pos + 1 >= tokens_.size()) return -1;
  const Language language = aliases_->language();
  double count = 0;
  if (tokens_[pos].is_number)
    count = tokens_[pos].value;
  else if (IsWordForOne(language, folds_[pos]))
    count = 1;
  else
    return -1;
  const int unit = UnitDays(language, folds_[pos + 1]);
  if (unit == 0) return -1;
  *days = count * unit;
  return static_cast<int32_t>(pos + 2);
}

}  // namespace parley
