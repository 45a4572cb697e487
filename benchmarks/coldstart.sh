#!/usr/bin/env bash
# Cold start and host hygiene of aso-calendar, measured as whole processes (see benchmarks/README.md).
#
#   benchmarks/coldstart.sh [runs]        (from the repository root; runs defaults to 10)
#
# 1. Builds the benchmarks module and its class path (Maven, offline first).
# 2. Runs ColdStartAso (one invitation for a Paris meeting through Ics), ColdStartIcal4j (the
#    same invitation with plain ical4j) and ColdStartAso with ical4j's jar stripped of its
#    ZoneRulesProvider service entry, in turn, `runs` times each, in fresh JVMs, and prints the
#    median and range of the wall time and of the maximum resident set size (/usr/bin/time).
# 3. Prints what a host sees of java.time's zones: ZoneCount without ical4j, with it (with and
#    without an SLF4J provider), and Ical4jZones with ical4j as published, with the jar's
#    ZoneRulesProvider service entry removed, in a class loader of its own, with a smaller pool of
#    zone ids; and AsoZones, the same text read by Ics.busy.
set -euo pipefail
runs=${1:-10}
cd "$(dirname "$0")/.."

build() {
  mvn -B -q "$@" -DskipTests -Dmaven.javadoc.skip=true -pl benchmarks -am package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
}
build -o || build

# the application's class path: aso-core, aso-calendar and their runtime dependencies (no JMH, tests or mail)
deps=$(tr ':' '\n' < benchmarks/target/classpath.txt \
  | grep -Ev '/(junit|opentest4j|apiguardian|assertj|byte-buddy|jmh-core|jopt-simple|commons-math3|aso-mail|jakarta|angus)' \
  | paste -sd: -)
classes=benchmarks/target/classes
cp="$classes:$deps"
no_provider=$(tr ':' '\n' <<< "$deps" | grep -v slf4j-nop | paste -sd: -)
ical4j_jar=$(tr ':' '\n' <<< "$deps" | grep '/ical4j-[0-9.]*\.jar$')

java -version 2>&1 | head -1
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"

work=$(mktemp -d)
stripped=$work/ical4j-without-zone-provider.jar
cp "$ical4j_jar" "$stripped"
zip -q -d "$stripped" META-INF/services/java.time.zone.ZoneRulesProvider
cp_stripped="$classes:${deps/$ical4j_jar/$stripped}"

# the programs measured: name, main class, class path
declare -A main=([aso]=ColdStartAso [ical4j]=ColdStartIcal4j [aso-stripped]=ColdStartAso)
declare -A path=([aso]="$cp" [ical4j]="$cp" [aso-stripped]="$cp_stripped")

# run <kind>: prints "<wall milliseconds> <max RSS in KB>" of one fresh JVM
run() {
  local t0 t1 out rss
  out=$(mktemp)
  t0=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$out" java -cp "${path[$1]}" "org.aso.benchmarks.${main[$1]}" > /dev/null
  t1=$(date +%s%N)
  rss=$(tail -1 "$out")
  rm -f "$out"
  echo "$(( (t1 - t0) / 1000000 )) $rss"
}

# median and range of a column of numbers
stats() {
  sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    printf "median %s, range %s-%s", m, v[1], v[NR] }'
}

echo
echo "== cold start, $runs runs each, alternating (after one run of each, not counted, that warms the file cache and prints the length written)"
echo "(aso-stripped: ours with ical4j's jar without its ZoneRulesProvider service entry)"
kinds=""
for k in aso ical4j aso-stripped; do
  if java -cp "${path[$k]}" "org.aso.benchmarks.${main[$k]}"; then
    kinds="$kinds $k"
  else
    echo "${main[$k]} fails: left out"
  fi
  : > "$work/$k.txt"
done
for ((i = 0; i < runs; i++)); do
  for k in $kinds; do
    run "$k" >> "$work/$k.txt"
  done
done
for k in $kinds; do
  echo "$k: wall ms $(cut -d' ' -f1 $work/$k.txt | stats); max RSS KB $(cut -d' ' -f2 $work/$k.txt | stats)"
done

echo "ical4j classes loaded by ColdStartAso: $(java -verbose:class -cp "$cp" org.aso.benchmarks.ColdStartAso | grep -c 'net\.fortuna\.ical4j') (with the stripped jar: $(java -verbose:class -cp "$cp_stripped" org.aso.benchmarks.ColdStartAso | grep -c 'net\.fortuna\.ical4j'))"

echo
echo "== zones seen by a host"
echo "-- without ical4j on the class path:"
java -cp "$classes" org.aso.benchmarks.ZoneCount
echo "-- with ical4j and slf4j-nop:"
java -cp "$cp" org.aso.benchmarks.ZoneCount
echo "-- with ical4j and no SLF4J provider (stderr shown):"
java -cp "$classes:$no_provider" org.aso.benchmarks.ZoneCount 2>&1
echo "-- ical4j parses an invitation with a VTIMEZONE, jar as published:"
java -cp "$cp" org.aso.benchmarks.Ical4jZones
echo "-- the same, jar without META-INF/services/java.time.zone.ZoneRulesProvider:"
java -cp "$cp_stripped" org.aso.benchmarks.ZoneCount
java -cp "$cp_stripped" org.aso.benchmarks.Ical4jZones
echo "-- the same, ical4j in a class loader of its own (the JVM's class path has none):"
# shellcheck disable=SC2046
java -cp "$classes" org.aso.benchmarks.IsolatedIcal4j $(tr ':' ' ' <<< "$deps") "$classes"
echo "-- the same, jar as published, -Dnet.fortuna.ical4j.timezone.id.pool.size=10:"
java -Dnet.fortuna.ical4j.timezone.id.pool.size=10 -cp "$cp" org.aso.benchmarks.Ical4jZones
echo "-- the same text read by Ics.busy, jar as published:"
java -cp "$cp" org.aso.benchmarks.AsoZones || true
echo "-- the same text read by Ics.busy, jar without the service entry:"
java -cp "$cp_stripped" org.aso.benchmarks.AsoZones || true
