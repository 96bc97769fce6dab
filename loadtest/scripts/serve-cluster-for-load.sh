#!/usr/bin/env bash
# Starts N nodes of one Orleans cluster on a PostgreSQL database behind nginx (deploy/nginx/laboratori.conf with its
# upstreams pointed at the nodes), for a load run through the proxy. Each node is serve-for-load.sh with the database,
# one signing key and its own silo port, and an admin `amministratore` (same password) for /api/cluster. Silo ports are
# PORT+101…; node i listens on PORT+i. Stops everything on Ctrl+C or TERM.
#   usage: loadtest/scripts/serve-cluster-for-load.sh NODES PORT POSTGRES [least_conn|affinity]
#   e.g.   loadtest/scripts/serve-cluster-for-load.sh 3 5190 "Host=127.0.0.1;Port=55432;Username=postgres;Database=load1"
#   The database must exist (createdb); the nodes create their schema. Build first as for serve-for-load.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
count=$1 port=$2 postgres=$3 balance=${4:-least_conn}
work=$(mktemp -d "${TMPDIR:-/tmp}/laboratori-cluster.XXXXXX")
key=$(head -c 32 /dev/urandom | base64)
pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop EXIT INT TERM
servers=""
for i in $(seq 1 "$count"); do
  node_port=$((port + i)); silo_port=$((port + 100 + i))
  servers+="    server 127.0.0.1:$node_port max_fails=1 fail_timeout=10s;"$'\n'
  "$root/loadtest/scripts/serve-for-load.sh" "$node_port" "$work/node$i" \
    --Storage:PostgresConnectionString="$postgres" --Auth:SigningKey="$key" \
    --Silo:AdvertisedAddress=127.0.0.1 --Silo:Port="$silo_port" \
    --Auth:Staff:1:UserName=amministratore --Auth:Staff:1:Password="${LOAD_PASSWORD:-carico-di-prova}" --Auth:Staff:1:Role=admin \
    > "$work/node$i.log" 2>&1 &
  pids+=($!)
  # The first node creates the schema and the accounts; the others join once it is up.
  [ "$i" = 1 ] && until curl -sf "http://127.0.0.1:$node_port/healthz" >/dev/null; do sleep 0.5; done
done
for i in $(seq 2 "$count"); do until curl -sf "http://127.0.0.1:$((port + i))/healthz" >/dev/null; do sleep 0.5; done; done
site=$(python3 - "$root/deploy/nginx/laboratori.conf" "$port" "$balance" "$servers" <<'PY'
import re, sys
conf, port, balance, servers = open(sys.argv[1]).read(), sys.argv[2], sys.argv[3], sys.argv[4]
conf = re.sub(r"(upstream \w+ \{\n(?:(?!\}).)*?)(?:    server [^\n]*\n)+", lambda m: m.group(1) + servers, conf, flags=re.S)
conf = re.sub(r"listen\s+\d+;", f"listen 127.0.0.1:{port};", conf)
if balance == "affinity":
    conf = conf.replace("    least_conn;\n", "    hash $laboratori_lab consistent;\n", 1)
    conf += '\nmap "$arg_lab $uri" $laboratori_lab {\n    "~^(?<lab_in_query>[A-Za-z0-9_-]{1,64}) " $lab_in_query;\n    "~^ /api/labs/(?<lab_in_path>[A-Za-z0-9_-]{1,64})(/|$)" $lab_in_path;\n    default $remote_addr;\n}\n'
print(conf)
PY
)
echo "$site" > "$work/laboratori.conf"
mkdir -p "$work/nginx"
cat > "$work/nginx.conf" <<NGINX
$( [ "$(id -u)" = 0 ] && echo "user root;" )
worker_processes 1;
worker_rlimit_nofile 65536;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 32768; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
    include $work/laboratori.conf;
}
NGINX
ulimit -n "$(ulimit -Hn)"
nginx -p "$work/nginx" -e "$work/nginx-error.log" -c "$work/nginx.conf" -g "daemon off;" &
pids+=($!)
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.5; done
echo "serving $count nodes ($balance) behind http://127.0.0.1:$port, logs in $work" >&2
wait -n "${pids[@]}"
