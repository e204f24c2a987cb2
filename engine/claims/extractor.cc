// Stage 3 and 4: from a document's sentences to its claims.
#include "parley/extractor.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "claims/compiled_rules.h"
#include "claims/resolve.h"
#include "claims/word_cache.h"
#include "match/matcher.h"
#include "match/sentence_facts.h"
#include "match/word_hash.h"

namespace parley {
namespace {

using Op = Instruction::Op;

// negation: flip — a holding stance becomes reject; reject and oppose become support.
Stance Flip(Stance stance) { return IsHolding(stance) ? Stance::kReject : Stance::kSupport; }

// A fixed attribute that reads as a number is one ({days: 30}).
AttributeValue FixedAttribute(const std::string& text) {
  AttributeValue value;
  double number = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, number);
  if (!text.empty() && ec == std::errc() && ptr == end) {
    value.is_number = true;
    value.number = number;
  } else {
    value.text = text;
  }
  return value;
}

// The claims of a sentence that later sentences may take their actor from.
struct Context {
  int paragraph = -1;
  std::vector<int32_t> actors;  // of the claims that end last; empty: no claim
};

}  // namespace

class Extractor::Impl {
 public:
  explicit Impl(std::shared_ptr<const CompiledRules> rules)
      : compiled_(std::move(rules)), rules_(compiled_->impl()) {
    rule_stamp_.assign(rules_.rules.size(), 0);
  }

  bool Init(Status* status) {
    for (Language language : {Language::kGerman, Language::kEnglish}) {
      segmenters_[LanguageIndex(language)] = Segmenter::Create(language, status);
      if (!segmenters_[LanguageIndex(language)]) return false;
    }
    return true;
  }

  void Extract(const Document& document, std::vector<Claim>* claims,
               std::vector<SentenceExplanation>* explanation) {
    segmenters_[LanguageIndex(document.lang)]->Segment(document, &segmentation_);
    const LanguageRules& language = rules_.For(document.lang);
    document_ = &document;
    context_ = {};
    previous_context_ = {};
    for (size_t i = 0; i < segmentation_.sentences.size(); ++i) {
      const Sentence& sentence = segmentation_.sentences[i];
      SentenceExplanation* explained = explanation ? &explanation->emplace_back() : nullptr;
      candidates_.clear();
      FindCandidateRules(document.lang, sentence, explained != nullptr);
      if (!candidate_rules_.empty()) {
        facts_.Reset(document.text, segmentation_, sentence, language.aliases.get(), &alias_matcher_);
        sentence_text_.clear();
        for (uint32_t rule : candidate_rules_)
          MatchRule(language, rules_.rules[rule], sentence, static_cast<int>(i) + 1, explained);
        ResolveCandidates(&candidates_);
      }
      Keep(sentence, claims, explained);
    }
  }

  const Segmentation& segmentation() const { return segmentation_; }
  uint64_t work() const { return rule_matcher_.work() + alias_matcher_.work(); }
  const CompiledRules& rules() const { return *compiled_; }

 private:
  // The rules worth trying on the sentence. Explaining, a rule that the
  // index selects stays even when its other words are missing, so that it
  // shows as a near miss; the claims are the same either way.
  void FindCandidateRules(Language lang, const Sentence& sentence, bool explaining) {
    const LanguageRules& language = rules_.For(lang);
    candidate_rules_.clear();
    if (++stamp_ == 0) {
      std::fill(rule_stamp_.begin(), rule_stamp_.end(), 0);
      std::fill(literal_stamp_.begin(), literal_stamp_.end(), 0);
      stamp_ = 1;
    }
    if (literal_stamp_.size() < language.index.literal_count())
      literal_stamp_.resize(language.index.literal_count(), 0);
    auto add = [&](uint32_t rule) {
      if (rule_stamp_[rule] == stamp_) return;
      rule_stamp_[rule] = stamp_;
      candidate_rules_.push_back(rule);
    };
    for (const Token& token : segmentation_.TokensOf(sentence)) {
      for (uint32_t literal : LiteralsOf(lang, segmentation_.Fold(token))) {
        literal_stamp_[literal] = stamp_;
        for (uint32_t rule : language.index.postings(literal)) add(rule);
      }
    }
    // The index selected by one group of words per rule; the others must
    // be in the sentence too before the rule is worth matching.
    if (!explaining) std::erase_if(candidate_rules_, [&](uint32_t rule) {
      const auto& required = rules_.rules[rule].required;
      for (size_t group = 1; group < required.size(); ++group) {
        bool present = false;
        for (uint32_t literal : required[group]) present = present || literal_stamp_[literal] == stamp_;
        if (!present) return true;
      }
      return false;
    });
    for (uint32_t rule : language.index.always()) add(rule);
    std::sort(candidate_rules_.begin(), candidate_rules_.end());
  }

  // The index's literals that a word is or starts with. News repeats its
  // words, so the answer is remembered: one lookup instead of one per
  // prefix length. The memory is bounded by forgetting everything now and
  // then.
  const std::vector<uint32_t>& LiteralsOf(Language lang, std::string_view fold) {
    const LanguageRules& language = rules_.For(lang);
    WordCache& cache = literal_cache_[LanguageIndex(lang)];
    const uint64_t hash = WordHash(fold);
    if (const std::vector<uint32_t>* known = cache.Find(hash, fold)) return *known;
    std::vector<uint32_t> literals;
    language.index.ForEachLiteral(fold, [&](uint32_t literal) { literals.push_back(literal); });
    return cache.Add(hash, fold, std::move(literals));
  }

  // The actors a capture's list gives, only those that fit {actor:ID}.
  std::vector<int32_t> ActorsOf(const CaptureSpan& capture, const Program& program) {
    const Instruction& instruction = program.code[static_cast<size_t>(capture.instruction)];
    std::vector<int32_t> actors;
    for (int32_t actor : facts_.ListAt(capture.begin).actors)
      if (instruction.actor < 0 || facts_.Fits(actor, instruction.actor)) actors.push_back(actor);
    return actors;
  }

  std::vector<int32_t> ContextActors(int paragraph) const {
    if (context_.paragraph == paragraph && !context_.actors.empty()) return context_.actors;
    if (previous_context_.paragraph == paragraph && !previous_context_.actors.empty())
      return previous_context_.actors;
    return {};
  }

  std::string JoinActors(const std::vector<int32_t>& actors) const {
    std::string joined;
    for (int32_t actor : actors) joined += (joined.empty() ? "" : ", ") + rules_.ActorId(actor);
    return joined;
  }

  void MatchRule(const LanguageRules& language, const CompiledRule& rule, const Sentence& sentence,
                 int sentence_number, SentenceExplanation* explained) {
    matches_.clear();
    rule_matcher_.FindAll(rule.program, facts_, &matches_);
    const RuleDef& def = *rule.def;
    if (matches_.empty()) {
      if (explained) {
        const Stop stop = rule_matcher_.FindStop(rule.program, facts_);
        NearMiss miss;
        miss.rule = def.id;
        if (stop.element >= 0) {
          const ProgramElement& element = rule.program.elements[static_cast<size_t>(stop.element)];
          miss.column = element.column;
          miss.element = element.label;
        }
        miss.token = stop.token;
        explained->near_misses.push_back(std::move(miss));
      }
      return;
    }
    bool unless = false;
    for (const Program& program : rule.unless) unless = unless || rule_matcher_.MatchesAnywhere(program, facts_);
    for (const Match& match : matches_) {
      ExplainedMatch shown;
      shown.rule = def.id;
      shown.first_token = match.begin;
      shown.end_token = match.end;
      Attributes attributes;
      for (const auto& [name, text] : def.attributes) attributes[name] = FixedAttribute(text);
      std::vector<int32_t> actors;
      std::vector<int32_t> targets;
      bool has_actor = false;
      for (const CaptureSpan& capture : match.captures) {
        const Instruction& instruction = rule.program.code[static_cast<size_t>(capture.instruction)];
        const std::string& name = rule.program.capture_names[static_cast<size_t>(instruction.capture)];
        AttributeValue value;
        if (instruction.op == Op::kActor || instruction.op == Op::kTarget) {
          std::vector<int32_t> found = ActorsOf(capture, rule.program);
          shown.captures.emplace_back(name, JoinActors(found));
          if (instruction.op == Op::kActor && !has_actor) {
            actors = std::move(found);
            has_actor = true;
          } else if (instruction.op == Op::kTarget && targets.empty()) {
            targets = std::move(found);
          }
          continue;
        }
        if (instruction.op == Op::kNumber) {
          value.is_number = true;
          value.number = facts_.token(capture.begin).value;
        } else if (instruction.op == Op::kDuration) {
          value.is_number = true;
          facts_.DurationAt(capture.begin, &value.number);
        } else {
          value.text = std::string(facts_.Text(capture.begin));
        }
        shown.captures.emplace_back(name, AttributeText(value));
        attributes[name] = std::move(value);
      }
      Stance stance = def.stance;
      std::string outcome;
      size_t negated_at = 0;
      if (unless) {
        outcome = "no claim: an 'unless' pattern matches the sentence";
      } else if (def.negation != Negation::kIgnore &&
                 rule_matcher_.MatchWithin(language.negation, facts_, match.begin >= 3 ? match.begin - 3 : 0,
                                           match.end, &negated_at)) {
        const std::string word(facts_.Text(negated_at));
        if (def.negation == Negation::kSkip) {
          outcome = "no claim: negated by '" + word + "'";
        } else {
          stance = Flip(stance);
          outcome = "negated by '" + word + "': stance " + std::string(StanceName(stance));
        }
      }
      if (!outcome.starts_with("no claim")) {
        if (rule.fixed_actor >= 0) {
          actors = {rule.fixed_actor};
        } else if (rule.context_actor) {
          actors = ContextActors(sentence.paragraph);
          if (actors.empty())
            outcome = "no claim: no claim in the previous two sentences of the paragraph to take "
                      "the actor from";
        } else if (actors.empty()) {
          outcome = "no claim: the match names no actor";
        }
      }
      const bool cancelled = outcome.starts_with("no claim");
      shown.outcome = cancelled ? outcome : (outcome.empty() ? "claim" : "claim, " + outcome);
      const size_t match_index = explained ? explained->matches.size() : 0;
      if (explained) explained->matches.push_back(std::move(shown));
      if (cancelled) continue;
      if (targets.empty()) targets.push_back(-1);
      if (sentence_text_.empty()) sentence_text_ = Segmentation::SentenceText(document_->text, sentence);
      const uint32_t start = facts_.token(match.begin).start;
      for (int32_t actor : actors) {
        for (int32_t target : targets) {
          CandidateClaim candidate;
          candidate.rule = rule.index;
          candidate.actor = actor;
          candidate.begin = match.begin;
          candidate.end = match.end;
          candidate.match = match_index;
          Claim& claim = candidate.claim;
          claim.doc = document_->id;
          claim.date = document_->date;
          claim.sentence = sentence_number;
          claim.line = sentence.line + static_cast<int>(std::count(
                                           document_->text.begin() + sentence.start,
                                           document_->text.begin() + start, '\n'));
          claim.start = start;
          claim.end = facts_.token(match.end - 1).end;
          claim.actor = rules_.ActorId(actor);
          claim.stance = stance;
          claim.position = def.position;
          claim.topic = rule.topic;
          claim.target = target >= 0 ? rules_.ActorId(target) : "";
          claim.attributes = attributes;
          claim.condition_of = def.condition_of;
          claim.rule = def.id;
          claim.text = sentence_text_;
          candidates_.push_back(std::move(candidate));
        }
      }
    }
  }

  // Appends the standing claims in text order and remembers, for `actor:
  // context`, the actors of those that end last.
  void Keep(const Sentence& sentence, std::vector<Claim>* claims, SentenceExplanation* explained) {
    std::stable_sort(candidates_.begin(), candidates_.end(),
                     [](const CandidateClaim& a, const CandidateClaim& b) {
                       if (a.claim.start != b.claim.start) return a.claim.start < b.claim.start;
                       return a.rule < b.rule;
                     });
    Context context{sentence.paragraph, {}};
    uint32_t last_end = 0;
    for (CandidateClaim& candidate : candidates_) {
      if (explained) {
        ExplainedMatch& shown = explained->matches[candidate.match];
        if (candidate.kept) {
          shown.yielded = true;
        } else if (!shown.yielded) {
          shown.outcome = "no claim for " + candidate.claim.actor + ": " + candidate.dropped_because;
        }
      }
      if (!candidate.kept) continue;
      if (candidate.claim.end > last_end) {
        last_end = candidate.claim.end;
        context.actors.clear();
      }
      if (candidate.claim.end == last_end) {
        if (std::find(context.actors.begin(), context.actors.end(), candidate.actor) ==
            context.actors.end())
          context.actors.push_back(candidate.actor);
      }
      claims->push_back(std::move(candidate.claim));
    }
    previous_context_ = std::move(context_);
    context_ = std::move(context);
  }

  std::shared_ptr<const CompiledRules> compiled_;
  const CompiledRules::Impl& rules_;
  std::array<std::unique_ptr<Segmenter>, 2> segmenters_;
  Segmentation segmentation_;
  SentenceFacts facts_;
  Matcher rule_matcher_;
  Matcher alias_matcher_;
  std::vector<Match> matches_;
  std::vector<CandidateClaim> candidates_;
  std::vector<uint32_t> candidate_rules_;
  std::vector<uint32_t> rule_stamp_;
  std::vector<uint32_t> literal_stamp_;  // literals seen in the sentence: == stamp_
  std::array<WordCache, 2> literal_cache_;  // by language
  uint32_t stamp_ = 0;
  const Document* document_ = nullptr;
  std::string sentence_text_;
  Context context_;
  Context previous_context_;
};

Extractor::Extractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extractor::~Extractor() = default;

std::unique_ptr<Extractor> Extractor::Create(std::shared_ptr<const CompiledRules> rules,
                                             Status* status) {
  auto impl = std::make_unique<Impl>(std::move(rules));
  if (!impl->Init(status)) return nullptr;
  *status = Status::Ok();
  return std::unique_ptr<Extractor>(new Extractor(std::move(impl)));
}

void Extractor::Extract(const Document& document, std::vector<Claim>* claims,
                        std::vector<SentenceExplanation>* explanation) {
  impl_->Extract(document, claims, explanation);
}

const Segmentation& Extractor::segmentation() const { return impl_->segmentation(); }
uint64_t Extractor::work() const { return impl_->work(); }
const CompiledRules& Extractor::rules() const { return impl_->rules(); }

}  // namespace parley
