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

# One plain closing line for people and CI: the totals of both runners.
read -r np nf < <(grep -E '^\s*Tests\s' "$log/vitest.txt" | tail -1 | awk '{p=0;f=0; for(i=1;i<=NF;i++){if($(i+1) ~ /^passed/)p=$i; if($(i+1) ~ /^failed/)f=$i} print p+0, f+0}')
read -r dp df ds < <(grep -E '^(Passed|Failed)!' "$log/dotnet.txt" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' | awk '{p+=$1;f+=$2;s+=$3} END {print p+0, f+0, s+0}')
echo
echo "tests: $((np + dp)) passed, $((nf + df)) failed, $ds skipped"
exit $status
