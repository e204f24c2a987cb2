// `parley explain --format json`: one compact JSON object per document.
#include <nlohmann/json.hpp>

#include "parley/explain.h"

namespace parley {
namespace {

using Json = nlohmann::ordered_json;

Json OrNull(const std::string& value) { return value.empty() ? Json(nullptr) : Json(value); }

}  // namespace

void WriteExplainJson(const Document& document, const Segmentation& segmentation,
                      std::ostream& out) {
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
    sentences.push_back(std::move(s));
  }
  json["sentences"] = std::move(sentences);
  out << json.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace parley
