#!/usr/bin/env bash
# Runs one fuzz target in fuzzing mode for the duration of its @FuzzTest(maxDuration), on a copy of
# the working tree, so that the checkout can keep building meanwhile.
#
#   robustness/fuzz.sh CsvReaderFuzzTest#readsAnyBytes [extra Maven arguments, such as -o]
#
# Everything the fuzzer writes stays in .fuzz/ (ignored by git): .fuzz/work/.cifuzz-corpus holds the
# generated corpus (kept between runs), .fuzz/work/crash-* the crashing inputs, .fuzz/<target>.log
# the fuzzer's output with its executions count. Move a crashing input into the target's Inputs
# folder under robustness/src/test/resources before fixing it: it then runs in every build.
set -euo pipefail
target="${1:?usage: robustness/fuzz.sh FuzzTestClass#method [maven arguments]}"
shift
root="$(cd "$(dirname "$0")/.." && pwd)"
tree="$root/.fuzz/tree"
work="$root/.fuzz/work"
mkdir -p "$tree" "$work"
# A fresh copy of the sources (no target/, no .git, no .fuzz/).
find "$tree" -mindepth 1 -maxdepth 1 -exec rm -rf {} +
tar -C "$root" --exclude=./.fuzz --exclude=./.git --exclude='*/target' -cf - . | tar -C "$tree" -xf -
log="$root/.fuzz/${target//[#\/]/_}.log"
cd "$tree"
status=0
JAZZER_FUZZ=1 mvn -B -Pfuzz -Dmaven.javadoc.skip=true -Dfuzz.dir="$work" -pl robustness -am verify -Dtest="$target" \
    -Dsurefire.failIfNoSpecifiedTests=false "$@" >"$log" 2>&1 || status=$?
# libFuzzer's closing statistics: executions and time.
grep -h -E "stat::number_of_executed_units|stat::average_exec_per_sec|Done [0-9]+ runs" \
    "$tree"/robustness/target/surefire-reports/*-output.txt 2>/dev/null | tail -3 || true
ls "$work"/crash-* "$work"/timeout-* "$work"/oom-* 2>/dev/null || true
exit "$status"
