#!/usr/bin/env bash
# The load benchmark of docs/performance.md ("Load"): wrk against `occucompare serve` for the API comparison of
# 10 occupations × 5 places, the compare page, the occupation page and a PNG chart, each paired in the same run with
# a bare Javalin endpoint (bench/BareJavalin.java) that sends the same bytes, so the ratios say what the app's own
# work costs on this machine. Prints requests/s, p50 and p99 of both, the ratios, errors and the server's memory.
#
# With BENCH_SHARED_STORE=1 it also starts two instances on one PostgreSQL behind nginx (the configuration of
# docs/deployment.md) and loads them with the same paths: the same-machine comparison of "The shared store".
#
# Needs: the packaged app (mvn -B -pl web -am package -DskipTests), wrk and curl; for BENCH_SHARED_STORE also
# PostgreSQL's server binaries (initdb, pg_ctl) and nginx (Debian: apt-get install wrk postgresql nginx).
# Usage: bench/load.sh [DURATION_SECONDS] [CONNECTIONS]
# Settings: OCCUCOMPARE_BENCH_DB  a store to serve, such as jdbc:h2:file:/path/to/full-import (default: a new store
#                                 with the bundled sample)
#           BENCH_HEAP            the server's -Xmx, such as 256m (default: the JVM's)
#           BENCH_SHARED_STORE=1  add the two instances on PostgreSQL behind nginx
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-20}
connections=${2:-50}
jar=web/target/occucompare.jar
[[ -f $jar ]] || { echo "build the app first: mvn -B -pl web -am package -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
work=$(mktemp -d /tmp/occucompare-load.XXXXXX)
pids=()
pg_started=
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [[ -z $pg_started ]] || "${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_ready() { # url, log
  for _ in $(seq 600); do curl -sf "$1" >/dev/null && return; sleep 0.2; done
  echo "$1 did not get ready: $(cat "$2")" >&2; exit 1
}
heap=()
[[ -z ${BENCH_HEAP:-} ]] || heap=("-Xmx$BENCH_HEAP")
java_serve() { # port, then settings as NAME=VALUE
  local port=$1; shift
  env -i PATH="$PATH" HOME="$work" OCCUCOMPARE_PLUGINS_DIR="$work/plugins" "$@" \
      java "${heap[@]}" -jar "$jar" serve --port "$port" >"$work/serve-$port.log" 2>&1 &
  pids+=($!)
  wait_ready "http://127.0.0.1:$port/api/ready" "$work/serve-$port.log"
}

serve_port=$(free_port)
java_serve "$serve_port" OCCUCOMPARE_DB="${OCCUCOMPARE_BENCH_DB:-jdbc:h2:file:$work/h2/occucompare}"
serve_pid=${pids[-1]}

# the paths, named; the bare server answers /NAME with the same bytes
ten=11-1011.00,11-1021.00,11-3031.00,11-9111.00,13-2011.00,13-1111.00,15-1252.00,15-1211.00,15-2051.00,15-1212.00
three=29-1141.00,29-2061.00,11-1011.00
names=(compare-10x5 compare-10x5-gzip compare-page occupation-page wages-png)
declare -A paths=(
  [compare-10x5]="/api/compare?occupations=$ten&locations=US,CA,TX,NY,FL"
  [compare-10x5-gzip]="/api/compare?occupations=$ten&locations=US,CA,TX,NY,FL"
  [compare-page]="/compare?occupations=$three&locations=US,CA"
  [occupation-page]="/occupations/29-1141.00?location=CA"
  [wages-png]="/api/charts/wages.png?occupations=$three&locations=US,CA"
)
declare -A headers=([compare-10x5-gzip]="Accept-Encoding: gzip")
mkdir -p "$work/bare"
for name in "${names[@]}"; do
  h=${headers[$name]:-X-Bench: 1}
  curl -sf -H "$h" -D "$work/bare/$name.head" -o "$work/bare/$name.body" "http://127.0.0.1:$serve_port${paths[$name]}"
  awk -F': ' 'tolower($1) == "content-type" {print $2}' "$work/bare/$name.head" | tr -d '\r' >"$work/bare/$name.type"
  enc=$(awk -F': ' 'tolower($1) == "content-encoding" {print $2}' "$work/bare/$name.head" | tr -d '\r')
  [[ -z $enc ]] || echo "$enc" >"$work/bare/$name.encoding"
done
bare_port=$(free_port)
java -cp "$jar" bench/BareJavalin.java "$bare_port" "$work/bare" >"$work/bare.log" 2>&1 &
pids+=($!)
wait_ready "http://127.0.0.1:$bare_port/${names[0]}" "$work/bare.log"

ms() { # a wrk latency such as 812.00us, 12.5ms or 1.20s, in milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000;
    printf "%.1f", n }'
}
run_wrk() { # url, header; sets rps p50 p99 errors
  wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s --latency -H "$2" "$1" >"$work/wrk.txt"
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/wrk.txt")
  p50=$(ms "$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")")
  p99=$(ms "$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")")
  errors=$(awk '/Non-2xx|Socket errors/ {sub(/^ +/, ""); printf "%s; ", $0}' "$work/wrk.txt")
}

echo "wrk -t2 -c$connections -d${duration}s; $(nproc) cores; $(java -version 2>&1 | head -1); heap ${BENCH_HEAP:-default};" \
     "store ${OCCUCOMPARE_BENCH_DB:-bundled sample}"
printf '| %-18s | %9s | %11s | %13s | %10s | %11s | %7s | %7s | %s\n' path bytes "serve req/s" "p50/p99 ms" \
    "bare req/s" "p50/p99 ms" "req/s %" "p99 ×" errors
for name in "${names[@]}"; do
  h=${headers[$name]:-X-Bench: 1}
  url="http://127.0.0.1:$serve_port${paths[$name]}"
  wrk -t2 -c"$connections" -d3s -H "$h" "$url" >/dev/null # warm-up
  run_wrk "$url" "$h"; s_rps=$rps; s_p50=$p50; s_p99=$p99; s_err=$errors
  wrk -t2 -c"$connections" -d3s "http://127.0.0.1:$bare_port/$name" >/dev/null
  run_wrk "http://127.0.0.1:$bare_port/$name" "$h"
  printf '| %-18s | %9s | %11s | %13s | %10s | %11s | %7s | %7s | %s\n' "$name" \
      "$(stat -c %s "$work/bare/$name.body")" "$s_rps" "$s_p50/$s_p99" "$rps" "$p50/$p99" \
      "$(awk -v a="$s_rps" -v b="$rps" 'BEGIN {printf "%.0f", 100 * a / b}')" \
      "$(awk -v a="$s_p99" -v b="$p99" 'BEGIN {printf "%.1f", a / b}')" "${s_err}${errors:+bare: $errors}"
done
rss=$(awk '/VmRSS/ {print $2}' "/proc/$serve_pid/status"); peak=$(awk '/VmHWM/ {print $2}' "/proc/$serve_pid/status")
echo "serve: RSS $((rss / 1024)) MB now, peak $((peak / 1024)) MB; errors logged: $(grep -c ' ERROR ' \
    "$work/serve-$serve_port.log" || true)"

[[ ${BENCH_SHARED_STORE:-} == 1 ]] || exit 0

# The shared store: one instance on the embedded H2 store against two instances on one PostgreSQL behind nginx.
pgbin=$(dirname "$(command -v initdb 2>/dev/null || ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
as_pg=()
if [[ $(id -u) -eq 0 ]]; then as_pg=(runuser -u postgres --); chown postgres "$work"; fi
pg_port=$(free_port)
echo "secret-load" > "$work/pw"; [[ ${#as_pg[@]} -eq 0 ]] || chown postgres "$work/pw"
"${as_pg[@]}" "$pgbin/initdb" -D "$work/pg" -U occucompare --pwfile="$work/pw" --auth-host=scram-sha-256 \
    --auth-local=trust --no-sync -E UTF8 --locale=C >/dev/null
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $work" start >/dev/null
pg_started=1
pg=(OCCUCOMPARE_DB="jdbc:postgresql://127.0.0.1:$pg_port/postgres" OCCUCOMPARE_DB_USER=occucompare
    OCCUCOMPARE_DB_PASSWORD=secret-load)
a_port=$(free_port); b_port=$(free_port); proxy_port=$(free_port)
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
wait_ready "http://127.0.0.1:$proxy_port/api/ready" "$work/nginx/error.log"
echo
echo "| path | one instance, H2 | two instances, PostgreSQL, nginx |"
for url in "/api/occupations/29-1141.00?location=CA" \
    "/api/compare?occupations=29-1141.00,15-1252.00,11-1021.00&locations=US,CA,TX"; do
  wrk -t2 -c"$connections" -d3s "http://127.0.0.1:$proxy_port$url" >/dev/null
  run_wrk "http://127.0.0.1:$serve_port$url" "X-Bench: 1"; h2="$rps req/s, p50 $p50 ms, p99 $p99 ms $errors"
  run_wrk "http://127.0.0.1:$proxy_port$url" "X-Bench: 1"; echo "| \`$url\` | $h2 | $rps req/s, p50 $p50 ms, p99 $p99 ms $errors |"
done
