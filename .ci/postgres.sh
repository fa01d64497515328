#!/usr/bin/env bash
# A throwaway PostgreSQL server for the adapter's contract tests, on 127.0.0.1 only.
#   source .ci/postgres.sh && postgres_start   # exports THERAPY_HOMEWORK_POSTGRES_URL
#   postgres_stop
# Installs Debian's postgresql package when no server binaries are found.


PG_PORT=${PG_PORT:-54329}
PG_DIR=${PG_DIR:-$(mktemp -d /tmp/therapy-homework-pg.XXXXXX)}

_pg_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$found" ]; then
    echo "Installing PostgreSQL from Debian's packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    found=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$found"
}

_as_postgres() {
  # From /, which the postgres user may enter (the clone's folder may be closed to it).
  if [ "$(id -u)" = "0" ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

postgres_start() {
  local bin
  bin=$(_pg_bin)
  if [ "$(id -u)" = "0" ]; then chown postgres "$PG_DIR"; fi
  _as_postgres "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 >/dev/null
  _as_postgres "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=$PG_DIR -c fsync=off" \
    start >/dev/null
  export THERAPY_HOMEWORK_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT" >&2
}

postgres_stop() {
  local bin
  bin=$(_pg_bin)
  _as_postgres "$bin/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null || true
  rm -rf "$PG_DIR"
}
