// The libFuzzer entry point of one fuzz binary: fuzz_<name> runs the target
// named by PARLEY_FUZZ_TARGET (tests/fuzz/CMakeLists.txt sets it per binary).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_targets.h"

#ifndef PARLEY_FUZZ_TARGET
#error "PARLEY_FUZZ_TARGET must name a target of fuzz_targets.h"
#endif

namespace {

const parley::fuzz::FuzzTarget& Target() {
  static const parley::fuzz::FuzzTarget* const target =
      parley::fuzz::FindFuzzTarget(PARLEY_FUZZ_TARGET);
  parley::fuzz::Require(target != nullptr, "PARLEY_FUZZ_TARGET names a known target");
  return *target;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Target().run(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
