#!/usr/bin/env bash
# Registrations per second into one stored register, on H2 and on PostgreSQL, from 1 and from 4 JVMs
# (see benchmarks/README.md, "RegistrationRun").
#
#   benchmarks/registrations.sh [letters-per-jvm] [rounds]      (from the repository root; 2000 and 5 by default)
#
# 1. Builds the benchmarks jar (Maven, offline first).
# 2. Starts a throwaway PostgreSQL server (Debian's binaries, the newest /usr/lib/postgresql/<version>/bin,
#    as the system user postgres when run as root) on 127.0.0.1 and a free port, in a temporary folder,
#    with the server's default settings (fsync on); it is stopped and the folder deleted at the end.
# 3. Runs RegistrationRun on an H2 file (AUTO_SERVER, so that several JVMs share it) and on that
#    server, with 1 and with 4 JVMs; each round is checked gapless by the run itself.
set -euo pipefail
per_jvm=${1:-2000}
rounds=${2:-5}
cd "$(dirname "$0")/.."

build() {
  mvn -B -q "$@" -DskipTests -Dmaven.javadoc.skip=true -pl benchmarks -am package
}
build -o || build
jar=$PWD/benchmarks/target/benchmarks.jar

source benchmarks/postgres-server.sh
work=$(mktemp -d)
pg_stop=()
stop() {
  if [ ${#pg_stop[@]} -gt 0 ]; then "${pg_stop[@]}" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap stop EXIT
pg_start "$work/pg" -c max_connections=200

java -version 2>&1 | head -1
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}'); load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"

h2=$(mktemp -d)
for jvms in 1 4; do
  java -cp "$jar" org.aso.benchmarks.RegistrationRun "jdbc:h2:file:$h2/aso-$jvms;AUTO_SERVER=TRUE" "$jvms" "$per_jvm" "$rounds"
  java -cp "$jar" org.aso.benchmarks.RegistrationRun "$pg_url" "$jvms" "$per_jvm" "$rounds"
done
rm -rf "$h2"
