// Date windows and periods.
#include "compare/dates.h"

namespace parley {
namespace {

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

int Number(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

std::string FirstDay(std::string_view date) {
  std::string day(date);
  if (day.size() == 4) day.append("-01");
  if (day.size() == 7) day.append("-01");
  return day;
}

std::string LastDay(std::string_view date) {
  std::string day(date);
  if (day.size() == 4) day.append("-12");
  if (day.size() == 7) {
    const int days = DaysInMonth(Number(day.substr(0, 4)), Number(day.substr(5, 2)));
    day.append(1, '-').append(std::to_string(days));
  }
  return day;
}

std::string PeriodOf(std::string_view date) { return std::string(date.substr(0, 7)); }

DateWindow::DateWindow(std::string_view since, std::string_view until)
    : first_(since.empty() ? "" : FirstDay(since)), last_(until.empty() ? "" : LastDay(until)) {}

bool DateWindow::Admits(std::string_view date) const {
  if (first_.empty() && last_.empty()) return true;
  if (date.empty()) return false;
  if (!first_.empty() && FirstDay(date) < first_) return false;
  if (!last_.empty() && LastDay(date) > last_) return false;
  return true;
}

}  // namespace parley
