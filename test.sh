#!/usr/bin/env bash
# Runs every test of the project: .NET (runtime, domain, storage, hub/REST over Kestrel, browser E2E in Chromium)
# and the front end's unit tests. Installs what a fresh machine lacks (Chromium, PostgreSQL, nginx) first.
# The PostgreSQL storage tests use the server named by LABORATORI_TEST_POSTGRES (a connection string of a user that may
# create and drop databases); when it is not set, this script starts a throw-away PostgreSQL cluster for the run.
set -euo pipefail
cd "$(dirname "$0")"

step() { printf '\n==> %s\n' "$*"; }

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
# nginx for the tests of several nodes behind it (tests/Scale); they run it themselves, on ports of their own.
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need_apt+=(nginx)
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1; }
if [ -z "${LABORATORI_TEST_POSTGRES:-}" ] && [ -z "$(pg_bin)" ]; then need_apt+=(postgresql); fi
if [ ${#need_apt[@]} -gt 0 ]; then
  step "Installing ${need_apt[*]} (Debian packages)"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

pg_dir=
as_pg=()
cleanup() {
  if [ -n "$pg_dir" ]; then
    "${as_pg[@]}" "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
trap cleanup EXIT

if [ -z "${LABORATORI_TEST_POSTGRES:-}" ]; then
  step "Starting a throw-away PostgreSQL for the storage tests"
  pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/laboratori-pg.XXXXXX")
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$pg_dir" # initdb refuses to run as root
    as_pg=(runuser -u postgres --)
  fi
  # A free loopback port: one nothing answers on.
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    pg_port=$(( 20000 + RANDOM % 40000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null || break
  done
  # Trust on loopback and a private socket directory: the cluster lives for this run only, without fsync.
  "${as_pg[@]}" "$(pg_bin)/initdb" -D "$pg_dir/data" -U postgres -A trust --no-sync >"$pg_dir/initdb.log"
  "${as_pg[@]}" "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w start \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off -c max_connections=300" >/dev/null
  export LABORATORI_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"
  echo "PostgreSQL $("$(pg_bin)/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port (data in $pg_dir, removed on exit)"
else
  step "Storage tests use the PostgreSQL in LABORATORI_TEST_POSTGRES"
fi

step "Building (the front end is built by MSBuild: npm ci and vite build when needed)"
dotnet build LaboratoriCoProgettazione.sln -c Debug -nologo -clp:ErrorsOnly

log=$(mktemp -d)
status=0

: > "$log/vitest.txt"
if [ -f web/client/package.json ]; then
  step "Front-end unit tests (vitest)"
  (cd web/client && NO_COLOR=1 npm test --silent) 2>&1 | tee "$log/vitest.txt" || status=1
  step "Front-end lint (ESLint over web/client/src)"
  (cd web/client && npm run lint --silent) || status=1
  step "Front-end formatting (Prettier --check over web/client; npm run format there rewrites what it lists)"
  (cd web/client && npm run format:check --silent) || status=1
fi

step ".NET tests"
rm -f artifacts/fuzz/summary.md artifacts/fuzz/summary.json # so that the closing line quotes this run's fuzz test only
dotnet test LaboratoriCoProgettazione.sln --no-build -c Debug -nologo --logger "console;verbosity=normal" \
  --results-directory artifacts/test-results 2>&1 | tee "$log/dotnet.txt" || status=1

# One plain closing line for people and CI: the totals of both runners (counting must not stop the script).
set +e +o pipefail
count() { grep -hoE "$1" "$log"/*.txt | grep -oE '[0-9]+' | awk '{n+=$1} END {print n+0}'; }
passed=$(( $(count '^\s+Passed: +[0-9]+$') + $(count 'Tests +[0-9]+ passed') ))
failed=$(( $(count '^\s+Failed: +[0-9]+$') + $(count 'Tests +[0-9]+ failed') ))
skipped=$(count '^\s+Skipped: +[0-9]+$')
echo
# The fuzz run's one-line summary (its inputs by class and outcomes are in artifacts/fuzz/summary.md).
[ -f artifacts/fuzz/summary.md ] && echo "fuzz: $(sed -n 3p artifacts/fuzz/summary.md)"
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
