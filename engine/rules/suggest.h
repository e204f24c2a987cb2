// "Did you mean …?" for misspelt keys and names.
#ifndef PARLEY_ENGINE_RULES_SUGGEST_H_
#define PARLEY_ENGINE_RULES_SUGGEST_H_

#include <string>
#include <string_view>
#include <vector>

namespace parley {

// The candidate nearest to `word` by edit distance (case-insensitive), or ""
// when none is near enough to be a likely misspelling.
std::string Nearest(std::string_view word, const std::vector<std::string_view>& candidates);

// " (did you mean 'x'?)" or "".
std::string DidYouMean(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace parley

#endif  // PARLEY_ENGINE_RULES_SUGGEST_H_
