# Sourced by the benchmark scripts: a throwaway PostgreSQL server from Debian's binaries (the newest
# /usr/lib/postgresql/<version>/bin), on 127.0.0.1 and a free port, default settings plus the options given,
# run as the system user postgres when the script runs as root, its data under a folder of the caller's.
#
#   pg_start DIR [server options...]   starts it and creates the database "bench"; sets pg_bin, pg_port,
#                                      pg_url, pg_as (the command prefix) and pg_stop (the stop command);
#                                      returns 1 with a message if no server binary is found
pg_start() {
  local dir=$1
  shift
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$pg_bin" ]; then
    echo "PostgreSQL: no server binary under /usr/lib/postgresql"
    return 1
  fi
  mkdir -p "$dir"
  chmod 755 "$(dirname "$dir")"
  pg_as=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$dir"
    pg_as=(runuser -u postgres --)
  fi
  pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "${pg_as[@]}" "$pg_bin/initdb" -D "$dir/data" -U aso --auth=trust -E UTF8 --locale=C >/dev/null
  "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir $*" start >/dev/null
  pg_stop=("${pg_as[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -m fast -w stop)
  "${pg_as[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U aso bench
  pg_url="jdbc:postgresql://127.0.0.1:$pg_port/bench?user=aso"
}
