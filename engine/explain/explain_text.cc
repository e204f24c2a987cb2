// `parley explain --format text`: the same as the JSON, for a person.
#include "parley/explain.h"

namespace parley {
namespace {

void WriteRules(const ExplainedRules& rules, size_t index, const Document& document,
                const Segmentation& segmentation, const Sentence& sentence, std::ostream& out) {
  for (const Claim& claim : *rules.claims) {
    if (claim.sentence != static_cast<int>(index) + 1) continue;
    out << "    claim: " << claim.actor << " " << StanceName(claim.stance) << " " << claim.position;
    if (!claim.target.empty()) out << "  target " << claim.target;
    if (!claim.condition_of.empty()) out << "  condition of " << claim.condition_of;
    for (const auto& [name, value] : claim.attributes) out << "  " << name << "=" << AttributeText(value);
    out << "  (rule " << claim.rule << ")\n";
    out << "           \"" << document.text.substr(claim.start, claim.end - claim.start) << "\"\n";
  }
  if (index >= rules.sentences->size()) return;
  auto token_at = [&](uint32_t token) -> const Token& {
    return segmentation.tokens[sentence.first_token + token];
  };
  const SentenceExplanation& explained = (*rules.sentences)[index];
  for (const ExplainedMatch& match : explained.matches) {
    if (match.yielded) continue;
    const uint32_t start = token_at(match.first_token).start;
    out << "    match without claim: rule " << match.rule << " \""
        << document.text.substr(start, token_at(match.end_token - 1).end - start) << "\"\n"
        << "           " << match.outcome << "\n";
  }
  for (const NearMiss& miss : explained.near_misses) {
    out << "    near miss: rule " << miss.rule << " stopped at " << miss.element << " (column "
        << miss.column << ")";
    if (miss.token < 0)
      out << " at the end of the sentence\n";
    else
      out << " at token " << miss.token + 1 << " '"
          << Segmentation::Text(document.text, token_at(static_cast<uint32_t>(miss.token))) << "'\n";
  }
}

}  // namespace

void WriteExplainText(const Document& document, const Segmentation& segmentation,
                      std::ostream& out, const ExplainedRules* rules) {
  out << "document " << document.id << "  (" << document.file;
  if (document.from_jsonl) out << ":" << document.file_line;
  out << ")\n";
  out << "  language " << LanguageCode(document.lang) << " (" << LanguageSourceName(document.lang_source)
      << ")";
  if (!document.date.empty()) out << "  date " << document.date;
  if (!document.title.empty()) out << "  title \"" << document.title << "\"";
  if (!document.source.empty()) out << "  source " << document.source;
  out << "\n  " << segmentation.sentences.size() << " sentences\n\n";
  int index = 0;
  for (const Sentence& sentence : segmentation.sentences) {
    out << "[" << ++index << "] line " << sentence.line << ":" << sentence.column << "  paragraph "
        << sentence.paragraph + 1 << "  bytes " << sentence.start << "-" << sentence.end << "\n";
    out << "    " << Segmentation::SentenceText(document.text, sentence) << "\n";
    out << "    tokens:";
    for (const Token& token : segmentation.TokensOf(sentence)) {
      out << "  " << segmentation.Fold(token);
      if (token.is_number) out << "(=" << FormatNumber(token.value) << ")";
    }
    out << "\n";
    if (sentence.over_limit != Sentence::OverLimit::kNone)
      out << "    not matched: " << OverLimitText(sentence, document.sentence_limits) << "\n";
    if (rules) WriteRules(*rules, static_cast<size_t>(index - 1), document, segmentation, sentence, out);
    out << "\n";
  }
}

}  // namespace parley
