#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, sourced by tests/run.sh (or run alone: `bash tests/postgres.sh` starts
# one, prints its connection string and stops it on Enter). `start_test_postgres` installs Debian's `postgresql`
# when initdb is missing, creates a cluster in a temp folder (as the `postgres` OS user: initdb refuses root), starts it
# on a free 127.0.0.1 port with its socket in that folder, and exports PARCELWATCH_TEST_POSTGRES for a superuser with
# a random password. `stop_test_postgres` stops it and deletes the folder. With TEST_POSTGRES_DURABLE=1 (alone:
# `bash tests/postgres.sh --durable`) the server keeps PostgreSQL's durable defaults (fsync, synchronous commit, full
# page writes), for benchmarks that compare it with SQLite.

postgres_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/initdb" ] && bin="$dir"; done
  [ -n "${bin:-}" ] && echo "$bin"
}

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

start_test_postgres() {
  local bin user password port
  bin="$(postgres_bin || true)"
  if [ -z "$bin" ]; then
    echo "== installing Debian's postgresql for the PostgreSQL test run"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin="$(postgres_bin)"
  fi
  # A run as root hands the cluster to the postgres OS user; anyone else owns their own.
  local as_owner=()
  [ "$(id -u)" -eq 0 ] && as_owner=(runuser -u postgres --)

  TEST_POSTGRES_DIR="$(mktemp -d)"
  [ "$(id -u)" -eq 0 ] && chown postgres "$TEST_POSTGRES_DIR"
  user=parcelwatch_tests
  password="$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  echo "$password" >"$TEST_POSTGRES_DIR/password"
  "${as_owner[@]}" "$bin/initdb" -D "$TEST_POSTGRES_DIR/data" -U "$user" --pwfile="$TEST_POSTGRES_DIR/password" \
    --auth-host=scram-sha-256 --auth-local=peer -E UTF8 --locale=C.UTF-8 >"$TEST_POSTGRES_DIR/initdb.log"
  rm "$TEST_POSTGRES_DIR/password"
  port="$(free_port)"
  # Durability is not under test here (unless TEST_POSTGRES_DURABLE=1): no fsync makes a database per test class cheap.
  local fsync=off
  [ "${TEST_POSTGRES_DURABLE:-}" = 1 ] && fsync=on
  "${as_owner[@]}" "$bin/pg_ctl" -D "$TEST_POSTGRES_DIR/data" -l "$TEST_POSTGRES_DIR/server.log" -w start \
    -o "-p $port -k $TEST_POSTGRES_DIR -c listen_addresses=127.0.0.1 -c fsync=$fsync -c synchronous_commit=$fsync -c full_page_writes=$fsync -c max_connections=300" >/dev/null
  TEST_POSTGRES_STOP=("${as_owner[@]}" "$bin/pg_ctl" -D "$TEST_POSTGRES_DIR/data" -m immediate -w stop)
  export PARCELWATCH_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=$user;Password=$password"
  echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (fsync $fsync)"
}

stop_test_postgres() {
  [ -n "${TEST_POSTGRES_DIR:-}" ] || return 0
  "${TEST_POSTGRES_STOP[@]}" >/dev/null 2>&1 || true
  rm -rf "$TEST_POSTGRES_DIR"
  TEST_POSTGRES_DIR=
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
  trap stop_test_postgres EXIT
  [ "${1:-}" = --durable ] && TEST_POSTGRES_DURABLE=1
  start_test_postgres
  echo "PARCELWATCH_TEST_POSTGRES=\"$PARCELWATCH_TEST_POSTGRES\""
  read -r -p "Enter stops it. "
fi
