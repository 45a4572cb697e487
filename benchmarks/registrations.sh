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

bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
work=$(mktemp -d)
chmod 755 "$work"
as_postgres=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$work"
  as_postgres=(runuser -u postgres --)
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
stop() {
  "${as_postgres[@]}" "$bin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT
"${as_postgres[@]}" "$bin/initdb" -D "$work/data" -U aso --auth=trust -E UTF8 --locale=C >/dev/null
"${as_postgres[@]}" "$bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
  -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work -c max_connections=200" start >/dev/null
"${as_postgres[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U aso bench

java -version 2>&1 | head -1
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}'); load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"

h2=$(mktemp -d)
for jvms in 1 4; do
  java -cp "$jar" org.aso.benchmarks.RegistrationRun "jdbc:h2:file:$h2/aso-$jvms;AUTO_SERVER=TRUE" "$jvms" "$per_jvm" "$rounds"
  java -cp "$jar" org.aso.benchmarks.RegistrationRun "jdbc:postgresql://127.0.0.1:$port/bench?user=aso" "$jvms" "$per_jvm" "$rounds"
done
rm -rf "$h2"
