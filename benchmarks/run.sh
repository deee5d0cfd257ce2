#!/usr/bin/env bash
# Runs every benchmark and probe, and writes benchmarks/results/latest.md (copy its tables into
# BENCHMARKS.md). About 10 minutes on 2 cores.
#
#   bash benchmarks/run.sh              # build (offline if possible), then run everything
#   SKIP_BUILD=1 bash benchmarks/run.sh # reuse benchmarks/target/benchmarks.jar
#   JMH_ARGS='CsvImport' bash benchmarks/run.sh   # only some JMH benchmarks (a regular expression)
#   MEMORY_MB='100 1000' bash benchmarks/run.sh   # sizes of the -Xmx64m CSV -> JSON Lines runs
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
results="$here/results"
jar="${BENCH_JAR:-$here/target/benchmarks.jar}"
mkdir -p "$results"
cd "$root"

if [[ -z "${SKIP_BUILD:-}" ]]; then
  mvn -B -q -o -pl benchmarks -am package -DskipTests || mvn -B -q -pl benchmarks -am package -DskipTests
fi

# Short iterations keep the whole run under 15 minutes on 2 cores: 2 warm-up and 3 measured
# iterations of 2 and 3 seconds, one fork, allocation measured by -prof gc.
jmh_options=(-wi 2 -i 3 -w 2s -r 3s -f 1 -prof gc -rf json -rff "$results/jmh.json")
load_before="$(uptime)"
java -jar "$jar" "${jmh_options[@]}" ${JMH_ARGS:-} | tee "$results/jmh.txt"
load_after="$(uptime)"
java -cp "$jar" org.politiqueville.benchmarks.report.Report "$results/jmh.json" "$results/tables.md" > /dev/null

# The same pipelines timed by thread CPU time: ratios that hold when other processes load the cores.
java -cp "$jar" org.politiqueville.benchmarks.probe.CpuTime > "$results/cpu.md" 2> /dev/null

# Start-up: whole programs timed from the shell, median of 7 runs each.
ten_rows="$results/ten-rows.csv"
java -cp "$jar" org.politiqueville.benchmarks.probe.Startup prepare "$ten_rows"
median_ms() {
  local times=()
  for _ in 1 2 3 4 5 6 7; do
    local start end
    start=$(date +%s%N)
    java -cp "$jar" org.politiqueville.benchmarks.probe.Startup "$@" > /dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 4p
}
jvm_ms=$(median_ms jvm)
hv_ms=$(median_ms hibernate-validator)
jackson_ms=$(median_ms jackson)
import_ms=$(median_ms import "$ten_rows")

# Memory: CSV -> JSON Lines through a generating stream, heap capped at 64 MB.
memory_runs=""
for mb in ${MEMORY_MB:-100 1000}; do
  run="$(java -Xmx64m -cp "$jar" org.politiqueville.benchmarks.probe.Memory "$mb" 2>&1 | grep -v '^\[')"
  memory_runs+=$'\n'"**$mb MB of CSV, -Xmx64m:**"$'\n\n```\n'"$run"$'\n```\n'
done

{
  echo "## Results of $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GB RAM"
  echo "- JVM: $(java -version 2>&1 | sed -n 2p)"
  echo "- Command: \`bash benchmarks/run.sh\` (JMH: \`java -jar benchmarks/target/benchmarks.jar ${jmh_options[*]//$root\//} ${JMH_ARGS:-}\`)"
  echo "- Load before: ${load_before##*load average: }; after: ${load_after##*load average: }"
  cat "$results/tables.md"
  echo
  echo "### The same, timed by thread CPU time (best of 18 runs, interleaved with the baseline)"
  cat "$results/cpu.md"
  echo
  echo "### Start-up (whole JVM run, median of 7)"
  echo
  echo "| program | ms |"
  echo "|---|---:|"
  echo "| empty main (JVM start) | $jvm_ms |"
  echo "| bootstrap Hibernate Validator, validate one record | $hv_ms |"
  echo "| Jackson 3 mapper reading one object | $jackson_ms |"
  echo "| **integration job: CsvImporter on a 10-row file** | $import_ms |"
  echo
  echo "Ratio integration job / Hibernate Validator program: $(awk "BEGIN {printf \"%.2f\", $import_ms / $hv_ms}")"
  echo
  echo "### Memory: CSV to JSON Lines with -Xmx64m"
  echo "$memory_runs"
} > "$results/latest.md"
echo "Wrote $results/latest.md"
