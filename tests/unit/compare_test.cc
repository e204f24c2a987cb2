// Compare() on small claim sets built by hand (SPEC §4): relations per topic
// (conflict, agree, differ, apart, and their priority), the agreement index,
// coalitions, brokers, common ground, conditions, shifts, contradictions,
// group expansion, the date window and --actors. Each test works its answer
// out in the comments, from the ontology below.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "parley/comparison.h"
#include "parley/report.h"

using namespace parley;

namespace {

// The ontology of every test:
//   actors  A, B, C, D, E; G = group {A, B}; H = group {G, C} (so A, B, C)
//   cease   exclusive: cease.x, cease.y, cease.z   (every two conflict)
//   nato    nato.join, nato.renounce, declared in conflict
//   trade   trade.open (declared in conflict with sanctions.new, another topic)
//   sanctions  sanctions.new
//   talks   talks.a, talks.b (no conflicts)
RuleSet MakeRuleSet() {
  RuleSet rules;
  auto actor = [&](const std::string& id, std::vector<std::string> members = {}) {
    ActorDef def;
    def.id = id;
    def.name = "Actor " + id;
    def.members = std::move(members);
    rules.actors.push_back(std::move(def));
  };
  for (const char* id : {"A", "B", "C", "D", "E"}) actor(id);
  actor("G", {"A", "B"});
  actor("H", {"G", "C"});
  auto topic = [&](const std::string& id, bool exclusive, std::vector<std::string> positions) {
    TopicDef def;
    def.id = id;
    def.name = id;
    def.exclusive = exclusive;
    def.positions = positions;
    rules.topics.push_back(def);
    for (const std::string& position : positions) {
      PositionDef p;
      p.id = position;
      p.name = position;
      p.topic = id;
      rules.positions.push_back(p);
    }
  };
  topic("cease", true, {"cease.x", "cease.y", "cease.z"});
  topic("nato", false, {"nato.join", "nato.renounce"});
  topic("trade", false, {"trade.open"});
  topic("sanctions", false, {"sanctions.new"});
  topic("talks", false, {"talks.a", "talks.b"});
  rules.conflicts.push_back({"nato.join", "nato.renounce", {}});
  rules.conflicts.push_back({"trade.open", "sanctions.new", {}});
  return rules;
}

const RuleSet& Rules() {
  static const RuleSet rules = MakeRuleSet();
  return rules;
}

// Builds claims in document order: each Add is the next sentence of doc "d".
class Claims {
 public:
  Claims& Add(const std::string& actor, Stance stance, const std::string& position,
              const std::string& date = "", Attributes attributes = {},
              const std::string& condition_of = "") {
    Claim claim;
    claim.doc = "d";
    claim.date = date;
    claim.sentence = static_cast<int>(claims_.size()) + 1;
    claim.line = claim.sentence;
    claim.actor = actor;
    claim.stance = stance;
    claim.position = position;
    claim.topic = Rules().FindPosition(position)->topic;
    claim.attributes = std::move(attributes);
    claim.condition_of = condition_of;
    claim.rule = "r";
    claim.text = actor + " " + std::string(StanceName(stance)) + " " + position;
    claims_.push_back(std::move(claim));
    return *this;
  }
  std::vector<Claim> Take() const { return claims_; }

 private:
  std::vector<Claim> claims_;
};

constexpr Stance kDemand = Stance::kDemand;
constexpr Stance kSupport = Stance::kSupport;
constexpr Stance kReject = Stance::kReject;
constexpr Stance kOppose = Stance::kOppose;

Attributes Days(const std::string& name, double days) {
  AttributeValue value;
  value.is_number = true;
  value.number = days;
  return {{name, value}};
}

Comparison Run(const Claims& claims, const CompareOptions& options = {}) {
  return Compare(Rules(), claims.Take(), options);
}

const ActorPair* FindPair(const Comparison& comparison, const std::string& first,
                          const std::string& second) {
  for (const ActorPair& pair : comparison.pairs)
    if (pair.first == first && pair.second == second) return &pair;
  return nullptr;
}

// The relation of a pair on a topic, or "-" when the pair or topic is absent.
std::string RelationOf(const Comparison& comparison, const std::string& first,
                       const std::string& second, const std::string& topic) {
  const ActorPair* pair = FindPair(comparison, first, second);
  if (!pair) return "-";
  for (const TopicRelation& relation : pair->topics)
    if (relation.topic == topic) return RelationName(relation.relation);
  return "-";
}

std::string Json(const Comparison& comparison) {
  std::ostringstream out;
  ReportOptions options;
  options.format = ReportFormat::kJson;
  REQUIRE(WriteReport(comparison, options, out));
  return out.str();
}

}  // namespace

TEST_CASE("relations: conflict from an exclusive topic, a declared pair, or holding against rejecting") {
  Claims claims;
  claims.Add("A", kDemand, "cease.x").Add("B", kDemand, "cease.y");     // exclusive: x and y conflict
  claims.Add("A", kSupport, "nato.join").Add("B", kDemand, "nato.renounce");  // declared pair
  claims.Add("A", kDemand, "talks.a").Add("B", kReject, "talks.a");     // holds P against rejects P
  const Comparison comparison = Run(claims);
  CHECK(RelationOf(comparison, "A", "B", "cease") == "conflict");
  CHECK(RelationOf(comparison, "A", "B", "nato") == "conflict");
  CHECK(RelationOf(comparison, "A", "B", "talks") == "conflict");
  const ActorPair* pair = FindPair(comparison, "A", "B");
  REQUIRE(pair);
  // Three topics, three conflicts: (0 − 3) / 3 = −1.
  CHECK(pair->conflict == 3);
  CHECK(pair->agreement_index == doctest::Approx(-1.0));
}

TEST_CASE("relations: agree when both hold or both reject, whatever the holding stance") {
  Claims claims;
  claims.Add("A", kDemand, "talks.a").Add("B", kSupport, "talks.a");   // demand and support both hold
  claims.Add("A", kReject, "nato.join").Add("B", kOppose, "nato.join");  // reject and oppose both reject
  const Comparison comparison = Run(claims);
  CHECK(RelationOf(comparison, "A", "B", "talks") == "agree");
  CHECK(RelationOf(comparison, "A", "B", "nato") == "agree");
  CHECK(FindPair(comparison, "A", "B")->agreement_index == doctest::Approx(1.0));
}

TEST_CASE("relations: differ when both hold P with different attributes; apart otherwise") {
  Claims claims;
  claims.Add("A", kDemand, "cease.x", "", Days("days", 30));
  claims.Add("B", kDemand, "cease.x", "", Days("within_days", 50));
  // Rejecting different positions that do not conflict: no relation.
  claims.Add("A", kReject, "talks.a").Add("B", kReject, "talks.b");
  // Holding one and rejecting another that conflicts with it is not a
  // conflict either (only holding against holding, or P against not-P).
  claims.Add("A", kDemand, "nato.join").Add("B", kReject, "nato.renounce");
  const Comparison comparison = Run(claims);
  CHECK(RelationOf(comparison, "A", "B", "cease") == "differ");
  CHECK(RelationOf(comparison, "A", "B", "talks") == "apart");
  CHECK(RelationOf(comparison, "A", "B", "nato") == "apart");
  const ActorPair* pair = FindPair(comparison, "A", "B");
  REQUIRE(pair);
  // No agree, no conflict: (0 − 0) / 3 = 0; differ is counted on its own.
  CHECK(pair->differ == 1);
  CHECK(pair->agreement_index == doctest::Approx(0.0));
}

TEST_CASE("relations: the latest holding claim's attributes decide agree or differ") {
  Claims claims;
  claims.Add("A", kDemand, "cease.x", "2025-05-01", Days("days", 30));
  claims.Add("A", kSupport, "cease.x", "2025-06-01", Days("days", 50));  // A's latest: 50 days
  claims.Add("B", kDemand, "cease.x", "2025-06-01", Days("days", 50));
  CHECK(RelationOf(Run(claims), "A", "B", "cease") == "agree");
}

TEST_CASE("relations: priority conflict > differ > agree on one topic") {
  Claims claims;
  // talks: differ on talks.a, agree on talks.b: differ wins.
  claims.Add("A", kDemand, "talks.a", "", Days("days", 1)).Add("A", kDemand, "talks.b");
  claims.Add("B", kDemand, "talks.a", "", Days("days", 2)).Add("B", kDemand, "talks.b");
  // nato: agree on nato.join, but A also holds nato.renounce, which
  // conflicts with B's nato.join: conflict wins.
  claims.Add("A", kDemand, "nato.join").Add("A", kDemand, "nato.renounce");
  claims.Add("B", kDemand, "nato.join");
  const Comparison comparison = Run(claims);
  CHECK(RelationOf(comparison, "A", "B", "talks") == "differ");
  CHECK(RelationOf(comparison, "A", "B", "nato") == "conflict");
}

TEST_CASE("agreement index: (agree − conflict) / topics both addressed") {
  Claims claims;
  claims.Add("A", kDemand, "cease.x").Add("B", kDemand, "cease.z");   // cease: conflict
  claims.Add("A", kDemand, "nato.join").Add("B", kSupport, "nato.join");  // nato: agree
  claims.Add("A", kDemand, "talks.a").Add("B", kDemand, "talks.a");   // talks: agree
  claims.Add("A", kDemand, "sanctions.new").Add("B", kReject, "talks.b");  // sanctions: A only
  claims.Add("B", kDemand, "trade.open");  // trade: B only; conflicts with A's sanctions.new
  // Topics both addressed: cease, nato, talks (sanctions and trade are each
  // addressed by one side only, so the cross-topic conflict does not count).
  // (2 agree − 1 conflict) / 3 topics = 1/3. talks stays agree: B's
  // rejection of talks.b does not touch A's talks.a.
  const Comparison comparison = Run(claims);
  const ActorPair* pair = FindPair(comparison, "A", "B");
  REQUIRE(pair);
  CHECK(pair->topics.size() == 3);
  CHECK(pair->agree == 2);
  CHECK(pair->conflict == 1);
  CHECK(pair->agreement_index == doctest::Approx(1.0 / 3.0));
}

TEST_CASE("relations: a declared conflict across topics counts on a topic both addressed") {
  Claims claims;
  claims.Add("A", kDemand, "sanctions.new").Add("B", kDemand, "sanctions.new");
  claims.Add("B", kDemand, "trade.open");  // conflicts with sanctions.new (declared)
  // On sanctions A and B agree on sanctions.new, but B's trade.open
  // conflicts with A's sanctions.new: conflict, and B's side lists both.
  const Comparison comparison = Run(claims);
  CHECK(RelationOf(comparison, "A", "B", "sanctions") == "conflict");
  const ActorPair* pair = FindPair(comparison, "A", "B");
  REQUIRE(pair);
  REQUIRE(pair->topics.size() == 1);
  CHECK(pair->topics[0].second_side.size() == 2);
}

TEST_CASE("pairs: sorted by id, each once, only topics both addressed") {
  Claims claims;
  claims.Add("C", kDemand, "talks.a").Add("A", kDemand, "talks.a").Add("B", kDemand, "nato.join");
  const Comparison comparison = Run(claims);
  // A–C share talks; B shares no topic with anyone: no pair with B.
  REQUIRE(comparison.pairs.size() == 1);
  CHECK(comparison.pairs[0].first == "A");
  CHECK(comparison.pairs[0].second == "C");
  CHECK(comparison.actors == std::vector<std::string>{"A", "B", "C"});
}

TEST_CASE("groups: a group's claim is one claim that counts for the group and every member") {
  Claims claims;
  claims.Add("G", kDemand, "cease.x");  // claim 0: for G, A and B
  claims.Add("C", kDemand, "cease.y");  // claim 1
  const Comparison comparison = Run(claims);
  CHECK(comparison.claims.size() == 2);
  // Holdings: A, B, C, G (rule-set order), A's and B's citing claim 0.
  REQUIRE(comparison.holdings.size() == 4);
  CHECK(comparison.holdings[0].actor == "A");
  CHECK(comparison.holdings[0].claims == std::vector<ClaimIndex>{0});
  CHECK(comparison.holdings[1].actor == "B");
  CHECK(comparison.holdings[3].actor == "G");
  CHECK(RelationOf(comparison, "A", "C", "cease") == "conflict");
  CHECK(RelationOf(comparison, "B", "C", "cease") == "conflict");
  CHECK(RelationOf(comparison, "C", "G", "cease") == "conflict");
  CHECK(RelationOf(comparison, "A", "B", "cease") == "agree");
  // A group is never paired with its own members.
  CHECK(FindPair(comparison, "A", "G") == nullptr);
  CHECK(FindPair(comparison, "B", "G") == nullptr);
}

TEST_CASE("groups: nested groups expand transitively") {
  Claims claims;
  claims.Add("H", kSupport, "talks.a");  // H = {G, C}, G = {A, B}: counts for H, A, B, C, G
  claims.Add("D", kReject, "talks.a");
  const Comparison comparison = Run(claims);
  CHECK(comparison.actors == std::vector<std::string>{"A", "B", "C", "D", "G", "H"});
  // Pairs are named in id order: (A, D) but (D, G).
  for (const char* actor : {"A", "B", "C"}) CHECK(RelationOf(comparison, actor, "D", "talks") == "conflict");
  for (const char* actor : {"G", "H"}) CHECK(RelationOf(comparison, "D", actor, "talks") == "conflict");
  CHECK(FindPair(comparison, "A", "H") == nullptr);  // A is in H through G
  CHECK(FindPair(comparison, "C", "H") == nullptr);
  CHECK(FindPair(comparison, "G", "H") == nullptr);
}

TEST_CASE("coalitions: connected components over positive agreement") {
  Claims claims;
  // A–B agree (talks), B–C agree (nato): index 1 each, so A, B, C are one
  // coalition although A and C share no topic. D conflicts with A (index −1)
  // and E differs from D (index 0): neither edge joins anything.
  claims.Add("A", kDemand, "talks.a").Add("B", kDemand, "talks.a");
  claims.Add("B", kDemand, "nato.join").Add("C", kSupport, "nato.join");
  claims.Add("D", kDemand, "cease.x").Add("A", kDemand, "cease.y");
  claims.Add("E", kDemand, "cease.x", "", Days("days", 9));
  const Comparison comparison = Run(claims);
  REQUIRE(comparison.coalitions.size() == 1);
  CHECK(comparison.coalitions[0].actors == std::vector<std::string>{"A", "B", "C"});
}

TEST_CASE("coalitions: a pair at index 0 is no edge; two separate coalitions in actor order") {
  Claims claims;
  claims.Add("D", kDemand, "talks.b").Add("E", kDemand, "talks.b");  // D–E agree
  claims.Add("A", kDemand, "talks.a").Add("B", kDemand, "talks.a");  // A–B agree
  // A and D: talks both addressed, different positions: apart, index 0.
  const Comparison comparison = Run(claims);
  CHECK(RelationOf(comparison, "A", "D", "talks") == "apart");
  REQUIRE(comparison.coalitions.size() == 2);
  CHECK(comparison.coalitions[0].actors == std::vector<std::string>{"A", "B"});
  CHECK(comparison.coalitions[1].actors == std::vector<std::string>{"D", "E"});
}

TEST_CASE("brokers: betweenness on the graph of pairs that addressed a topic together") {
  Claims claims;
  // A–B share talks, B–C share nato, A and C share nothing: the path
  // A – B – C. B lies on the one shortest path between A and C: raw
  // betweenness 1, normalised by (n−1)(n−2)/2 = 1 for n = 3: 1.0.
  claims.Add("A", kDemand, "talks.a").Add("B", kDemand, "talks.a");
  claims.Add("B", kDemand, "nato.join").Add("C", kReject, "nato.join");
  const Comparison comparison = Run(claims);
  REQUIRE(comparison.brokers.size() == 1);
  CHECK(comparison.brokers[0].actor == "B");
  CHECK(comparison.brokers[0].betweenness == doctest::Approx(1.0));
}

TEST_CASE("brokers: a star's centre, then a second broker, highest first") {
  Claims claims;
  // Edges: A–B, A–C, A–D (talks.a for all four... no: only A meets each):
  // A holds talks.a, nato.join and cease.x; B, C, D each share one of them;
  // D also shares sanctions with E. Graph: B–A, C–A, D–A, D–E.
  claims.Add("A", kDemand, "talks.a").Add("B", kDemand, "talks.a");
  claims.Add("A", kDemand, "nato.join").Add("C", kDemand, "nato.join");
  claims.Add("A", kDemand, "cease.x").Add("D", kDemand, "cease.x");
  claims.Add("D", kDemand, "sanctions.new").Add("E", kDemand, "sanctions.new");
  // n = 5, normalisation (n−1)(n−2)/2 = 6. A lies between B, C, D, E pairwise
  // except D–E: B–C, B–D, B–E, C–D, C–E = 5 → 5/6. D lies between E and each
  // of A, B, C = 3 → 3/6 = 0.5. B, C, E are leaves: 0.
  const Comparison comparison = Run(claims);
  REQUIRE(comparison.brokers.size() == 2);
  CHECK(comparison.brokers[0].actor == "A");
  CHECK(comparison.brokers[0].betweenness == doctest::Approx(5.0 / 6.0));
  CHECK(comparison.brokers[1].actor == "D");
  CHECK(comparison.brokers[1].betweenness == doctest::Approx(0.5));
}

TEST_CASE("common ground: held by two single actors, rejected and contested by none") {
  Claims claims;
  claims.Add("A", kDemand, "talks.a").Add("B", kSupport, "talks.a");  // talks.a: common ground
  claims.Add("A", kDemand, "talks.b").Add("B", kDemand, "talks.b").Add("C", kReject, "talks.b");
  claims.Add("A", kDemand, "nato.join").Add("B", kDemand, "nato.join");
  claims.Add("D", kDemand, "nato.renounce");  // contests nato.join without rejecting it
  claims.Add("E", kDemand, "sanctions.new");  // held by one actor only
  const Comparison comparison = Run(claims);
  REQUIRE(comparison.common_ground.size() == 1);
  CHECK(comparison.common_ground[0].position == "talks.a");
  CHECK(comparison.common_ground[0].actors == std::vector<std::string>{"A", "B"});
  CHECK(comparison.common_ground[0].claims == std::vector<ClaimIndex>{0, 1});
}

TEST_CASE("common ground: a group's claim counts for its members, not the group") {
  Claims claims;
  claims.Add("G", Stance::kAgree, "talks.a");  // A and B via G
  const Comparison comparison = Run(claims);
  REQUIRE(comparison.common_ground.size() == 1);
  CHECK(comparison.common_ground[0].actors == std::vector<std::string>{"A", "B"});
  CHECK(comparison.common_ground[0].claims == std::vector<ClaimIndex>{0});
}

TEST_CASE("conditions: what each actor attaches to a position") {
  Claims claims;
  claims.Add("B", kDemand, "cease.y");
  claims.Add("B", kDemand, "nato.renounce", "", {}, "cease.y");
  claims.Add("B", kDemand, "talks.b", "", {}, "cease.y");
  claims.Add("B", kDemand, "nato.renounce", "", {}, "cease.y");
  const Comparison comparison = Run(claims);
  // Sorted by actor, position, condition (rule-set order): nato.renounce
  // (claims 1 and 3), then talks.b (claim 2).
  REQUIRE(comparison.conditions.size() == 2);
  CHECK(comparison.conditions[0].actor == "B");
  CHECK(comparison.conditions[0].position == "cease.y");
  CHECK(comparison.conditions[0].condition == "nato.renounce");
  CHECK(comparison.conditions[0].claims == std::vector<ClaimIndex>{1, 3});
  CHECK(comparison.conditions[1].condition == "talks.b");
  // A condition is also a holding: B demands nato.renounce.
  CHECK(std::any_of(comparison.holdings.begin(), comparison.holdings.end(), [](const Holding& h) {
    return h.actor == "B" && h.position == "nato.renounce" && h.count == 2;
  }));
}

TEST_CASE("shifts: consecutive dates with a different set of (position, holds)") {
  Claims claims;
  claims.Add("A", kDemand, "cease.x", "2025-05-01");   // 0
  claims.Add("A", kSupport, "cease.x", "2025-05-01");  // 1  same set {x held}
  claims.Add("A", kDemand, "cease.x", "2025-06-01");   // 2  {x held}: no shift
  claims.Add("A", kDemand, "cease.y", "2025-07-01");   // 3  {y held}: shift
  claims.Add("A", kReject, "cease.y", "2025-08-01");   // 4  {y rejected}: shift
  claims.Add("A", kDemand, "cease.z");                 // 5  undated: no part in shifts
  claims.Add("A", kDemand, "talks.a", "2025-05-01");   // 6  another topic, one date
  const Comparison comparison = Run(claims);
  REQUIRE(comparison.shifts.size() == 2);
  const Shift& first = comparison.shifts[0];
  CHECK(first.actor == "A");
  CHECK(first.topic == "cease");
  CHECK(first.from_date == "2025-06-01");
  CHECK(first.to_date == "2025-07-01");
  CHECK(first.before == std::vector<ClaimIndex>{2});
  CHECK(first.after == std::vector<ClaimIndex>{3});
  CHECK(comparison.shifts[1].from_date == "2025-07-01");
  CHECK(comparison.shifts[1].to_date == "2025-08-01");
  CHECK(comparison.shifts[1].after == std::vector<ClaimIndex>{4});
}

TEST_CASE("contradictions: conflicting positions, or holding and rejecting, in one month") {
  Claims claims;
  claims.Add("A", kDemand, "cease.x", "2025-05-03");   // 0 \ x and y conflict in 2025-05
  claims.Add("A", kDemand, "cease.y", "2025-05-20");   // 1 /
  claims.Add("A", kDemand, "nato.join", "2025-06");    // 2   June ...
  claims.Add("A", kDemand, "nato.renounce", "2025-07-01");  // 3 ... July: different months
  claims.Add("A", kSupport, "talks.a");                // 4 \ undated: period ""
  claims.Add("A", kReject, "talks.a");                 // 5 /
  claims.Add("B", kDemand, "cease.x", "2025-05-03");   // B alone: nothing
  const Comparison comparison = Run(claims);
  REQUIRE(comparison.contradictions.size() == 2);
  // Period "" sorts before "2025-05".
  const Contradiction& undated = comparison.contradictions[0];
  CHECK(undated.actor == "A");
  CHECK(undated.period == "");
  CHECK(undated.first_position == "talks.a");
  CHECK(undated.second_position == "talks.a");
  CHECK(undated.claims == std::vector<ClaimIndex>{4, 5});
  const Contradiction& may = comparison.contradictions[1];
  CHECK(may.period == "2025-05");
  CHECK(may.first_position == "cease.x");
  CHECK(may.second_position == "cease.y");
  CHECK(may.claims == std::vector<ClaimIndex>{0, 1});
}

TEST_CASE("dates: --since and --until take claims whose whole date lies in the window") {
  Claims claims;
  claims.Add("A", kDemand, "talks.a", "2025-05-10");  // a day in May
  claims.Add("B", kDemand, "talks.a", "2025-06");     // the month of June
  claims.Add("C", kDemand, "talks.a", "2025");        // the whole year
  claims.Add("D", kDemand, "talks.a");                // undated
  auto actors = [](const Comparison& comparison) { return comparison.actors; };
  CompareOptions options;
  CHECK(actors(Run(claims, options)) == std::vector<std::string>{"A", "B", "C", "D"});
  options.since = "2025-06";  // from 2025-06-01: June (whole), not May 10, not "2025" (Jan–Dec)
  CHECK(actors(Run(claims, options)) == std::vector<std::string>{"B"});
  options = {};
  options.until = "2025-05";  // to 2025-05-31: May 10 only; undated left out
  CHECK(actors(Run(claims, options)) == std::vector<std::string>{"A"});
  options.until = "2025-06-30";  // the last day of June: June whole
  CHECK(actors(Run(claims, options)) == std::vector<std::string>{"A", "B"});
  options.since = "2025";
  options.until = "2025";  // the whole year holds every dated claim
  CHECK(actors(Run(claims, options)) == std::vector<std::string>{"A", "B", "C"});
  // Claims left out are not in the comparison at all, so indices stay dense.
  options.since = "2025-06";
  options.until = "";
  CHECK(Run(claims, options).claims.size() == 1);
}

TEST_CASE("CheckCompareOptions: bad dates, an empty window, unknown actors with a suggestion") {
  CompareOptions options;
  CHECK(CheckCompareOptions(Rules(), options).empty());
  options.since = "2025-13";
  CHECK(CheckCompareOptions(Rules(), options).find("invalid date '2025-13' for --since") == 0);
  options.since = "2025-07";
  options.until = "2025-06-30";
  CHECK(CheckCompareOptions(Rules(), options).find("is after --until") != std::string::npos);
  options.since = "2025-06";
  CHECK(CheckCompareOptions(Rules(), options).empty());  // June is within June
  options = {};
  options.actors = {"A", "GG"};
  CHECK(CheckCompareOptions(Rules(), options) == "unknown actor 'GG' in --actors: did you mean 'G'?");
  options.actors = {"NOBODY_LIKE_THIS"};
  CHECK(CheckCompareOptions(Rules(), options).find("the rule set's actors are A, B, C, D, E, G, H") !=
        std::string::npos);
}

TEST_CASE("--actors: only those actors; a group's claim counts for the members named") {
  Claims claims;
  claims.Add("G", kDemand, "cease.x");  // 0: for A only (B is not named, G is not named)
  claims.Add("C", kDemand, "cease.y");  // 1
  claims.Add("D", kDemand, "cease.z");  // 2: D is not named: left out
  CompareOptions options;
  options.actors = {"A", "C"};
  const Comparison comparison = Run(claims, options);
  CHECK(comparison.actors == std::vector<std::string>{"A", "C"});
  CHECK(comparison.claims.size() == 2);
  REQUIRE(comparison.pairs.size() == 1);
  CHECK(RelationOf(comparison, "A", "C", "cease") == "conflict");
}

TEST_CASE("canonical order: claims in any order give the same comparison") {
  Claims claims;
  claims.Add("A", kDemand, "cease.x", "2025-05-01").Add("B", kDemand, "cease.y", "2025-05-02");
  claims.Add("G", kSupport, "talks.a", "2025-06").Add("C", kReject, "talks.a");
  claims.Add("A", kDemand, "cease.y", "2025-05-30", {}, "talks.a");
  std::vector<Claim> forward = claims.Take();
  std::vector<Claim> backward(forward.rbegin(), forward.rend());
  // Two shards of different documents, given in the other order.
  for (size_t i = 0; i < backward.size(); ++i) backward[i].doc = i % 2 ? "d1" : "d2";
  for (size_t i = 0; i < forward.size(); ++i) forward[i].doc = (forward.size() - 1 - i) % 2 ? "d1" : "d2";
  const Comparison a = Compare(Rules(), forward, {});
  const Comparison b = Compare(Rules(), backward, {});
  CHECK(Json(a) == Json(b));
  CHECK(a.claims.front().doc == "d1");
  CHECK(a.coverage.documents == 2);
  CHECK(a.coverage.claims == 5);
}

TEST_CASE("holdings: counts, first and last dates, latest attributes, claims in date order") {
  Claims claims;
  claims.Add("A", kDemand, "cease.x", "2025-06-01", Days("days", 50));  // 0
  claims.Add("A", kDemand, "cease.x", "2025-05-01", Days("days", 30));  // 1
  claims.Add("A", kDemand, "cease.x");                                  // 2 undated: first
  const Comparison comparison = Run(claims);
  REQUIRE(comparison.holdings.size() == 1);
  const Holding& holding = comparison.holdings[0];
  CHECK(holding.count == 3);
  CHECK(holding.first_date == "2025-05-01");
  CHECK(holding.last_date == "2025-06-01");
  CHECK(holding.attributes == Days("days", 50));
  CHECK(holding.claims == std::vector<ClaimIndex>{2, 1, 0});
}

TEST_CASE("JSON: the schema field, conflicts of the ontology, null coverage fields from compare") {
  Claims claims;
  claims.Add("A", kDemand, "cease.x");
  const std::string json = Json(Run(claims));
  CHECK(json.rfind("{\"schema\":\"parley-comparison/1\"", 0) == 0);
  CHECK(json.find("{\"first\":\"nato.join\",\"second\":\"nato.renounce\",\"declared\":true}") !=
        std::string::npos);
  CHECK(json.find("{\"first\":\"cease.x\",\"second\":\"cease.y\",\"declared\":false}") !=
        std::string::npos);
  CHECK(json.find("\"coverage\":{\"documents\":1,\"documents_read\":null,\"sentences\":null,"
                  "\"claims\":1,\"unclaimed\":null}") != std::string::npos);
}

TEST_CASE("JSON: each claim is written exactly as extract writes it") {
  // The report writes claims without a JSON tree per claim (for speed); it
  // must stay byte-equal to WriteClaimJson, whatever the fields hold.
  Claims claims;
  AttributeValue half;
  half.is_number = true;
  half.number = 2.5;
  AttributeValue text;
  text.text = "inter\"national\" – überwacht\\";
  claims.Add("A", kDemand, "cease.x", "2025-05-01", {{"days", half}, {"monitored", text}}, "talks.a");
  claims.Add("G", Stance::kThreaten, "sanctions.new", "2025");
  std::vector<Claim> input = claims.Take();
  input[0].text = "Sie sagte: \"Nein\"\tund\u00a0ging. \u2013 \U0001F600";
  input[1].target = "D";
  input[1].doc = "sub/dir \"quoted\"";
  const Comparison comparison = Compare(Rules(), input, {});
  const std::string json = Json(comparison);
  for (const Claim& claim : comparison.claims) {
    std::ostringstream line;
    WriteClaimJson(claim, line);
    std::string expected = line.str();
    expected.pop_back();  // the newline
    // One element per line: followed by a comma, or by the array's end.
    const bool found = json.find("\n" + expected + ",\n") != std::string::npos ||
                       json.find("\n" + expected + "\n]") != std::string::npos;
    CHECK_MESSAGE(found, expected);
  }
}
