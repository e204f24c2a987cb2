// Claims as JSON Lines (SPEC §3).
#include <cmath>

#include <nlohmann/json.hpp>

#include "claims/claim_json.h"

namespace parley {
namespace {

Json OrNull(const std::string& value) { return value.empty() ? Json(nullptr) : Json(value); }

// 30 rather than 30.0: days and counts are whole numbers almost always.
Json Number(double value) {
  if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 9.0e15)
    return Json(static_cast<int64_t>(value));
  return Json(value);
}

}  // namespace

std::string FormatNumber(double value) {
  if (value == std::floor(value) && std::fabs(value) < 1e15)
    return std::to_string(static_cast<long long>(value));
  std::string text = std::to_string(value);
  text.erase(text.find_last_not_of('0') + 1);
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text;
}

Json ClaimJson(const Claim& claim) {
  Json json;
  json["doc"] = claim.doc;
  json["date"] = OrNull(claim.date);
  json["sentence"] = claim.sentence;
  json["line"] = claim.line;
  json["start"] = claim.start;
  json["end"] = claim.end;
  json["actor"] = claim.actor;
  json["stance"] = std::string(StanceName(claim.stance));
  json["position"] = claim.position;
  json["topic"] = claim.topic;
  json["target"] = OrNull(claim.target);
  Json attributes = Json::object();
  for (const auto& [name, value] : claim.attributes)
    attributes[name] = value.is_number ? Number(value.number) : Json(value.text);
  json["attributes"] = std::move(attributes);
  json["condition_of"] = OrNull(claim.condition_of);
  json["rule"] = claim.rule;
  json["text"] = claim.text;
  return json;
}

void WriteClaimJson(const Claim& claim, std::ostream& out) {
  out << ClaimJson(claim).dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace parley
