// Claims as JSON values, for the writers that embed them (explain).
#ifndef PARLEY_ENGINE_CLAIMS_CLAIM_JSON_H_
#define PARLEY_ENGINE_CLAIMS_CLAIM_JSON_H_

#include <nlohmann/json.hpp>

#include "parley/claim.h"

namespace parley {

using Json = nlohmann::ordered_json;

// The claim's SPEC §3 object, keys in the documented order.
Json ClaimJson(const Claim& claim);

}  // namespace parley

#endif  // PARLEY_ENGINE_CLAIMS_CLAIM_JSON_H_
