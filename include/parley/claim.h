// Stage 4 of the pipeline: a claim (SPEC §3) — an actor taking a stance on a
// position, found by a rule in one sentence, with its evidence.
#ifndef PARLEY_CLAIM_H_
#define PARLEY_CLAIM_H_

#include <cstdint>
#include <map>
#include <ostream>
#include <string>

#include "parley/rule_set.h"

namespace parley {

// An attribute of a claim: a captured number or duration (in days), or text
// (a captured word, or a fixed attribute of the rule).
struct AttributeValue {
  bool is_number = false;
  double number = 0;
  std::string text;  // when !is_number

  bool operator==(const AttributeValue&) const = default;
};

using Attributes = std::map<std::string, AttributeValue>;

struct Claim {
  std::string doc;   // the document's id
  std::string date;  // "YYYY", "YYYY-MM", "YYYY-MM-DD" or "" when unknown
  int sentence = 0;  // 1-based index of the sentence in the document
  int line = 0;      // 1-based line of `start`
  uint32_t start = 0;  // byte offsets of the matched text in Document::text, [start, end)
  uint32_t end = 0;
  std::string actor;  // an actor id; a group's id for a group's claim
  Stance stance = Stance::kDemand;
  std::string position;
  std::string topic;
  std::string target;  // an actor id, or "" for none
  Attributes attributes;
  std::string condition_of;  // a position id, or ""
  std::string rule;          // the id of the rule that found it
  std::string text;          // the whole sentence, whitespace runs folded to one space
};

// A number as parley writes it for reading: "30", "2.5".
std::string FormatNumber(double value);

// An attribute as parley writes it for reading: the number, or the text.
inline std::string AttributeText(const AttributeValue& value) {
  return value.is_number ? FormatNumber(value.number) : value.text;
}

// One claim as one line of JSON (SPEC §3), newline included.
void WriteClaimJson(const Claim& claim, std::ostream& out);

}  // namespace parley

#endif  // PARLEY_CLAIM_H_
