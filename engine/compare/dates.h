// Dates of claims for --since/--until, shifts and contradictions. Dates are
// "YYYY", "YYYY-MM" or "YYYY-MM-DD"; a partial date covers its whole month or
// year. ISO dates compare as strings, so no calendar type is needed.
#ifndef PARLEY_ENGINE_COMPARE_DATES_H_
#define PARLEY_ENGINE_COMPARE_DATES_H_

#include <string>
#include <string_view>

namespace parley {

// The first and last day a valid date covers: "2025-02" gives "2025-02-01"
// and "2025-02-28"; "2024" gives "2024-01-01" and "2024-12-31".
std::string FirstDay(std::string_view date);
std::string LastDay(std::string_view date);

// The period contradictions are sought in: the month of a dated claim
// ("2025-06-02" and "2025-06" give "2025-06"), the year of a claim dated by
// year only, "" for an undated claim.
std::string PeriodOf(std::string_view date);

// The claims --since and --until let through: those whose whole date lies
// in [first day of since, last day of until]. When either bound is set,
// undated claims are left out; with neither, every claim passes.
class DateWindow {
 public:
  // `since` and `until` are valid dates or "".
  DateWindow(std::string_view since, std::string_view until);

  bool Admits(std::string_view date) const;

 private:
  std::string first_;  // "" when open at that end
  std::string last_;
};

}  // namespace parley

#endif  // PARLEY_ENGINE_COMPARE_DATES_H_
