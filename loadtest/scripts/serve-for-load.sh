#!/usr/bin/env bash
# Starts the web app (Release build) for a load run: SQLite in DIR (a fresh temporary folder when not given), one
# staff account facilitatore with the password in LOAD_PASSWORD (default carico-di-prova: Production refuses the
# Development passwords; give the generator --password carico-di-prova), no demo lab, warnings only in the log.
# Join attempts per address are raised because every simulated participant comes from 127.0.0.1; every other limit
# (operations and presence per connection, lab sizes) keeps its default.
#   usage: loadtest/scripts/serve-for-load.sh [PORT=5180] [DIR] [--Section:Key=value …]
#   build first: dotnet build web -c Release -p:SkipClientBuild=true
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
port=${1:-5180}
dir=${2:-$(mktemp -d "${TMPDIR:-/tmp}/laboratori-load.XXXXXX")}
shift $(( $# < 2 ? $# : 2 ))
ulimit -n "$(ulimit -Hn)" # one descriptor per WebSocket: 6,000 participants need more than the usual 1,024
mkdir -p "$dir"
cd "$dir"
echo "serving on http://127.0.0.1:$port, data in $dir, pid $$, open files $(ulimit -n)" >&2
exec env ASPNETCORE_ENVIRONMENT=Production dotnet "$root/web/bin/Release/net10.0/Laboratori.Web.dll" \
  --urls "http://127.0.0.1:$port" --Storage:SqlitePath="$dir/laboratori.db" \
  --Auth:Staff:0:UserName=facilitatore --Auth:Staff:0:Password="${LOAD_PASSWORD:-carico-di-prova}" \
  --Auth:Staff:0:DisplayName=Carico --Auth:Staff:0:Role=facilitator \
  --Limits:JoinAttemptsPerMinute=1000000 --Limits:ParticipantJoinsPerLabPerMinute=1000000 \
  --Quotas:LabsPerAccountPerHour=1000000 --Quotas:MaxConnectionsPerMember=100000 --Quotas:MaxConnectionsPerAddress=1000000 --Logging:LogLevel:Default=Warning "$@"
