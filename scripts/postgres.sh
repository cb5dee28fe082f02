# Sourced by scripts/test (and usable by hand): start a throw-away PostgreSQL server from
# Debian's package for the test suite, and stop it when the shell exits.
#   source scripts/postgres.sh && lb_pg_start
# exports LETTERBOX_TEST_PG=postgresql://letterbox@/postgres?host=SOCKETDIR&port=PORT
# (the server also listens on 127.0.0.1:PORT, for the socket guard's TCP tests). Run as
# root, the server runs as the unprivileged user 'nobody' (PostgreSQL refuses root).

lb_pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

lb_pg_start() {
  local bin port runas=()
  bin="$(lb_pg_bin)" || { say "PostgreSQL's server is not installed (Debian: postgresql)"; return 1; }
  LB_PG_DIR="$(mktemp -d /tmp/letterbox-pg.XXXXXX)"
  if [ "$(id -u)" = 0 ]; then
    chown nobody "$LB_PG_DIR"
    runas=(runuser -u nobody --)
  fi
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  "${runas[@]}" "$bin/initdb" -D "$LB_PG_DIR/data" -U letterbox -A trust -E UTF8 --no-locale \
    >"$LB_PG_DIR/initdb.log" 2>&1 || { cat "$LB_PG_DIR/initdb.log" >&2; return 1; }
  # Test data only: no fsync, so creating a database per test is quick.
  "${runas[@]}" "$bin/pg_ctl" -D "$LB_PG_DIR/data" -l "$LB_PG_DIR/server.log" -w -s \
    -o "-k $LB_PG_DIR -p $port -c listen_addresses=127.0.0.1 -c fsync=off \
        -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start \
    || { cat "$LB_PG_DIR/server.log" >&2; return 1; }
  LB_PG_RUNAS="${runas[*]}"
  LB_PG_CTL="$bin/pg_ctl"
  export LETTERBOX_TEST_PG="postgresql://letterbox@/postgres?host=$LB_PG_DIR&port=$port"
  trap lb_pg_stop EXIT
  say "PostgreSQL for the tests: $LETTERBOX_TEST_PG"
}

lb_pg_stop() {
  [ -n "${LB_PG_DIR:-}" ] || return 0
  $LB_PG_RUNAS "$LB_PG_CTL" -D "$LB_PG_DIR/data" -m fast -s -w stop >/dev/null 2>&1 || true
  rm -rf "$LB_PG_DIR"
  LB_PG_DIR=""
}
