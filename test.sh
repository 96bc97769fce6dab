#!/usr/bin/env bash
# Runs every test of the project: .NET (runtime, domain, storage, hub/REST over Kestrel, browser E2E in Chromium)
# and the front end's unit tests. Installs what a fresh machine lacks (Chromium) first.
set -euo pipefail
cd "$(dirname "$0")"

step() { printf '\n==> %s\n' "$*"; }

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
if [ ${#need_apt[@]} -gt 0 ]; then
  step "Installing ${need_apt[*]} (Debian packages)"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

step "Building (the front end is built by MSBuild: npm ci and vite build when needed)"
dotnet build LaboratoriCoProgettazione.sln -c Debug -nologo -clp:ErrorsOnly

log=$(mktemp -d)
status=0

: > "$log/vitest.txt"
if [ -f web/client/package.json ]; then
  step "Front-end unit tests (vitest)"
  (cd web/client && npm test --silent) 2>&1 | tee "$log/vitest.txt" || status=1
fi

step ".NET tests"
dotnet test LaboratoriCoProgettazione.sln --no-build -c Debug -nologo --logger "console;verbosity=normal" \
  --results-directory artifacts/test-results 2>&1 | tee "$log/dotnet.txt" || status=1

# One plain closing line for people and CI: the totals of both runners (counting must not stop the script).
set +e +o pipefail
count() { grep -hoE "$1" "$log"/*.txt | grep -oE '[0-9]+' | awk '{n+=$1} END {print n+0}'; }
passed=$(( $(count '^\s+Passed: +[0-9]+$') + $(count 'Tests +[0-9]+ passed') ))
failed=$(( $(count '^\s+Failed: +[0-9]+$') + $(count 'Tests +[0-9]+ failed') ))
skipped=$(count '^\s+Skipped: +[0-9]+$')
echo
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
