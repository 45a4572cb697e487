#!/usr/bin/env bash
# Loading a stored register of many entries from its snapshot plus the events after it, against replaying
# every event, on H2 (file mode) and on PostgreSQL (see benchmarks/README.md, "RegisterLoadRun").
#
#   benchmarks/register-load.sh [entries] [after] [rounds] [heap] [h2|postgresql|both]
#                                (from the repository root; 1000000 1000 3 6g both by default)
#
# 1. Builds the benchmarks jar (Maven, offline first).
# 2. H2: writes the two streams into a new file in a temporary folder (RegisterLoadRun build), then loads
#    each stream `rounds` times, each load in a fresh JVM with -Xmx<heap> (RegisterLoadRun run), and
#    opens the snapshotted stream once with the store's default settings (RegisterLoadRun defaults).
# 3. PostgreSQL: the same on a throwaway server (Debian's binaries, the newest /usr/lib/postgresql/<version>/bin,
#    as the system user postgres when run as root) on 127.0.0.1 and a free port, default settings; the
#    server is stopped and its folder deleted at the end. Skipped, with a message, if no server binary is found.
# The writing JVM holds the whole history in memory: it runs with -Xmx10g.
set -euo pipefail
entries=${1:-1000000}
after=${2:-1000}
rounds=${3:-3}
heap=${4:-6g}
databases=${5:-both}
cd "$(dirname "$0")/.."

build() {
  mvn -B -q "$@" -DskipTests -Dmaven.javadoc.skip=true -pl benchmarks -am package
}
build -o || build
work=$(mktemp -d)
jar=$work/benchmarks.jar
cp benchmarks/target/benchmarks.jar "$jar"   # a rebuild meanwhile does not pull the jar from under the runs
main=org.aso.benchmarks.RegisterLoadRun
java -version 2>&1 | head -1

pg_stop=()
cleanup() {
  if [ ${#pg_stop[@]} -gt 0 ]; then "${pg_stop[@]}" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ "$databases" != postgresql ]; then
  url="jdbc:h2:file:$work/h2/aso"
  echo "== H2"
  java -Xmx10g -cp "$jar" $main build "$url" "$entries" "$after"
  du -sh "$work/h2" | awk '{print "H2 file: " $1}'
  java -cp "$jar" $main run "$url" "$entries" "$rounds" "$heap"
  java -Xmx"$heap" -cp "$jar" $main defaults "$url" register/general
  rm -rf "$work/h2"
fi

if [ "$databases" != h2 ]; then
  source benchmarks/postgres-server.sh
  if ! pg_start "$work/pg"; then
    echo "== PostgreSQL: skipped"
    exit 0
  fi
  url=$pg_url
  echo "== PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}')"
  java -Xmx10g -cp "$jar" $main build "$url" "$entries" "$after" || { echo "PostgreSQL build failed; server log:"; tail -20 "$work/pg/server.log"; exit 1; }
  "${pg_as[@]}" "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U aso -d bench -Atc \
    "select 'database size: ' || pg_size_pretty(pg_database_size('bench'))"
  java -cp "$jar" $main run "$url" "$entries" "$rounds" "$heap"
  java -Xmx"$heap" -cp "$jar" $main defaults "$url" register/general
fi
