#!/usr/bin/env bash
# The one test command: installs what is missing on a fresh Debian machine, builds once, runs every test
# (unit, integration over HTTP with real SQLite files, bUnit components, Playwright in Debian's Chromium), then the
# integration tests again on a throwaway PostgreSQL server (tests/postgres.sh), and ends with one line
# "N passed, N failed[, N skipped]" over both runs. Exit code non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
source tests/postgres.sh

if [ ! -x /usr/bin/chromium ]; then
  echo "== installing Debian's chromium for the browser tests"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
# nginx for the two-instance test, started by the test itself on free ports; the distribution's own service is never
# started by us (where apt-get starts it, it listens on port 80, which the tests do not use).
if [ ! -x /usr/sbin/nginx ]; then
  echo "== installing Debian's nginx for the scale-out test"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi

echo "== restoring tools and packages"
dotnet tool restore >/dev/null
# Redocly CLI for the OpenAPI lint test, pinned by its lock file.
npm ci --prefix tests/openapi-lint --no-audit --no-fund --loglevel=error >/dev/null
dotnet restore ParcelWatch.sln --nologo -v quiet

echo "== building (warnings are errors)"
dotnet build ParcelWatch.sln -c Release --no-restore --nologo -v quiet -nodeReuse:false

results="$(mktemp -d)"
trap 'stop_test_postgres; rm -rf "$results"' EXIT
test_exit=0
# One results folder per provider: the summary counts both, and a failure names the provider it failed on.
run_tests() {
  local provider="$1"; shift
  set +e
  dotnet test ParcelWatch.sln -c Release --no-build --nologo \
    --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" --results-directory "$results/$provider" "$@"
  local exit_code=$?
  set -e
  [ "$exit_code" -eq 0 ] || test_exit=$exit_code
}

echo "== testing on SQLite (every test)"
run_tests sqlite
echo "== testing on PostgreSQL (the integration tests)"
start_test_postgres
run_tests postgres --filter "FullyQualifiedName~ParcelWatch.Tests.Integration"
stop_test_postgres

passed=0; failed=0; skipped=0
shopt -s nullglob
trx_files=("$results"/*/*.trx "$results"/*/*/*.trx)
for trx in "${trx_files[@]}"; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$(value total); executed=$(value executed)
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + total - executed))
done
missing=0
for provider in sqlite postgres; do
  found=("$results/$provider"/*.trx "$results/$provider"/*/*.trx)
  [ "${#found[@]}" -gt 0 ] || missing=1
done
if [ "$missing" -ne 0 ] || { [ "$test_exit" -ne 0 ] && [ "$failed" -eq 0 ]; }; then
  failed=$((failed + 1)) # the test run itself broke (no results, or a crash outside any test)
fi

# The names of failed tests, again at the end, where a long log's tail shows them.
for trx in "${trx_files[@]}"; do
  provider="${trx#"$results"/}"; provider="${provider%%/*}"
  grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' "$trx" | sed -n "s/.* testName=\"\([^\"]*\)\".*/FAILED ($provider): \1/p" || true
done

summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ "$failed" -eq 0 ]
