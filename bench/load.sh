#!/usr/bin/env bash
# Load figure of docs/performance.md ("The shared store"): one instance on the embedded H2 store against two
# instances on one PostgreSQL behind nginx (the configuration of docs/deployment.md), on the same machine, in the
# same run, with the same data and the same wrk load.
#
# Needs: the packaged app (mvn -B -pl web -am package -DskipTests), PostgreSQL's server binaries (initdb, pg_ctl),
# nginx and wrk (Debian: apt-get install postgresql nginx wrk). As root, PostgreSQL runs as the postgres user.
# Usage: docs/bench/load.sh [DURATION_SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-30}
connections=${2:-32}
jar=web/target/occucompare.jar
[[ -f $jar ]] || { echo "build the app first: mvn -B -pl web -am package -DskipTests" >&2; exit 2; }
pgbin=$(dirname "$(command -v initdb 2>/dev/null || ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
work=$(mktemp -d /tmp/occucompare-load.XXXXXX)
as_pg=()
if [[ $(id -u) -eq 0 ]]; then as_pg=(runuser -u postgres --); chown postgres "$work"; fi
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

pg_port=$(free_port)
echo "secret-load" > "$work/pw"; [[ ${#as_pg[@]} -eq 0 ]] || chown postgres "$work/pw"
"${as_pg[@]}" "$pgbin/initdb" -D "$work/pg" -U occucompare --pwfile="$work/pw" --auth-host=scram-sha-256 \
    --auth-local=trust --no-sync -E UTF8 --locale=C >/dev/null
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $work" start >/dev/null
java_serve() { # port, then settings as NAME=VALUE
  local port=$1; shift
  env -i PATH="$PATH" HOME="$work" OCCUCOMPARE_PLUGINS_DIR="$work/plugins" "$@" \
      java -jar "$jar" serve --port "$port" >"$work/serve-$port.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 300); do curl -sf "http://127.0.0.1:$port/api/ready" >/dev/null && return; sleep 0.2; done
  echo "serve on $port did not get ready: $(cat "$work/serve-$port.log")" >&2; exit 1
}
pg=(OCCUCOMPARE_DB="jdbc:postgresql://127.0.0.1:$pg_port/postgres" OCCUCOMPARE_DB_USER=occucompare
    OCCUCOMPARE_DB_PASSWORD=secret-load)
h2_port=$(free_port); a_port=$(free_port); b_port=$(free_port); proxy_port=$(free_port)
java_serve "$h2_port" OCCUCOMPARE_DB="jdbc:h2:file:$work/h2/occucompare"
java_serve "$a_port" "${pg[@]}"
java_serve "$b_port" "${pg[@]}"

mkdir -p "$work/nginx"
{
  echo "pid $work/nginx/nginx.pid; error_log $work/nginx/error.log warn;"
  echo "events { worker_connections 1024; } http { access_log off;"
  for t in client_body proxy fastcgi uwsgi scgi; do echo "${t}_temp_path $work/nginx/$t;"; done
  sed -n '/^```nginx$/,/^```$/p' docs/deployment.md | sed '1d;$d' \
      | sed "s/listen 8080;/listen 127.0.0.1:$proxy_port;/; s/127.0.0.1:7071/127.0.0.1:$a_port/; s/127.0.0.1:7072/127.0.0.1:$b_port/"
  echo "}"
} >"$work/nginx/nginx.conf"
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
pids+=($!)
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$proxy_port/api/ready" >/dev/null && break; sleep 0.2; done

paths=("/api/occupations/29-1141.00?location=CA" "/api/compare?occupations=29-1141.00,15-1252.00,11-1021.00&locations=US,CA,TX")
echo "wrk -t2 -c$connections -d${duration}s; $(nproc) cores; $(java -version 2>&1 | head -1)"
for path in "${paths[@]}"; do
  for target in "one instance on H2|$h2_port" "two instances on PostgreSQL behind nginx|$proxy_port"; do
    name=${target%|*}; port=${target#*|}
    curl -sf "http://127.0.0.1:$port$path" >/dev/null
    wrk -t2 -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$port$path" >"$work/wrk.txt"
    rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
    p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt"); p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
    errors=$(awk '/Non-2xx|Socket errors/ {print}' "$work/wrk.txt" | tr '\n' ' ')
    printf '%-60s %-42s %10s req/s  p50 %8s  p99 %8s %s\n' "$path" "$name" "$rps" "$p50" "$p99" "$errors"
  done
done
