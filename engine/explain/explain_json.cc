// `parley explain --format json`: one compact JSON object per document.
#include "claims/claim_json.h"
#include "parley/explain.h"

namespace parley {
namespace {

Json OrNull(const std::string& value) { return value.empty() ? Json(nullptr) : Json(value); }

// The sentence's claims (without what the sentence already says), its
// matches that yielded no claim, and its near misses.
void AddRules(const ExplainedRules& rules, size_t index, const Document& document,
              const Segmentation& segmentation, const Sentence& sentence, Json* s) {
  Json claims = Json::array();
  for (const Claim& claim : *rules.claims) {
    if (claim.sentence != static_cast<int>(index) + 1) continue;
    Json json = ClaimJson(claim);
    json.erase("doc");
    json.erase("date");
    json.erase("sentence");
    json.erase("text");
    claims.push_back(std::move(json));
  }
  (*s)["claims"] = std::move(claims);
  Json matches = Json::array();
  Json near_misses = Json::array();
  if (index < rules.sentences->size()) {
    const SentenceExplanation& explained = (*rules.sentences)[index];
    for (const ExplainedMatch& match : explained.matches) {
      Json m;
      m["rule"] = match.rule;
      m["first_token"] = match.first_token;
      m["end_token"] = match.end_token;
      Json captures = Json::object();
      for (const auto& [name, value] : match.captures) captures[name] = value;
      m["captures"] = std::move(captures);
      m["yielded"] = match.yielded;
      m["outcome"] = match.outcome;
      matches.push_back(std::move(m));
    }
    for (const NearMiss& miss : explained.near_misses) {
      Json m;
      m["rule"] = miss.rule;
      m["element"] = miss.element;
      m["column"] = miss.column;
      m["token"] = miss.token < 0 ? Json(nullptr) : Json(miss.token);
      if (miss.token >= 0) {
        const Token& token = segmentation.tokens[sentence.first_token + static_cast<uint32_t>(miss.token)];
        m["token_text"] = Segmentation::Text(document.text, token);
      }
      near_misses.push_back(std::move(m));
    }
  }
  (*s)["matches"] = std::move(matches);
  (*s)["near_misses"] = std::move(near_misses);
}

}  // namespace

void WriteExplainJson(const Document& document, const Segmentation& segmentation,
                      std::ostream& out, const ExplainedRules* rules) {
  Json json;
  json["doc"] = document.id;
  json["file"] = document.file;
  if (document.from_jsonl) json["file_line"] = document.file_line;
  json["date"] = OrNull(document.date);
  json["title"] = OrNull(document.title);
  json["source"] = OrNull(document.source);
  json["lang"] = LanguageCode(document.lang);
  json["lang_source"] = LanguageSourceName(document.lang_source);
  Json sentences = Json::array();
  int index = 0;
  for (const Sentence& sentence : segmentation.sentences) {
    Json s;
    s["index"] = ++index;
    s["line"] = sentence.line;
    s["column"] = sentence.column;
    s["paragraph"] = sentence.paragraph + 1;  // 1-based, like lines and sentence indexes
    s["start"] = sentence.start;
    s["end"] = sentence.end;
    s["text"] = Segmentation::SentenceText(document.text, sentence);
    Json tokens = Json::array();
    for (const Token& token : segmentation.TokensOf(sentence)) {
      Json t;
      t["text"] = Segmentation::Text(document.text, token);
      t["fold"] = segmentation.Fold(token);
      t["start"] = token.start;
      t["end"] = token.end;
      t["number"] = token.is_number;
      if (token.is_number) t["value"] = token.value;
      tokens.push_back(std::move(t));
    }
    s["tokens"] = std::move(tokens);
    if (sentence.over_limit != Sentence::OverLimit::kNone)
      s["not_matched"] = OverLimitText(sentence, document.sentence_limits);
    if (rules) AddRules(*rules, static_cast<size_t>(index - 1), document, segmentation, sentence, &s);
    sentences.push_back(std::move(s));
  }
  json["sentences"] = std::move(sentences);
  out << json.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace parley
