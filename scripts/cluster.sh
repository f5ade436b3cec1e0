#!/usr/bin/env bash
# Start/stop a local cluster: two application servers (granian, through scripts/serve.sh)
# on one PostgreSQL (.ci/postgres.sh), one Redis (scripts/redis.sh), one search engine
# (search/engine/run.sh) and one object store (scripts/storage.sh), behind HAProxy
# (Debian's haproxy, installed when missing), like scripts/redis.sh does for Redis.
#
#   scripts/cluster.sh start|stop|status|url
#   scripts/cluster.sh drain K     server K (1|2) answers /readyz 503, so HAProxy sends
#                                  it nothing new (DRAIN_FILE, cms/health.py); undrain K
#   scripts/cluster.sh kill K      SIGKILL server K (tests: a server dying under load)
#   scripts/cluster.sh stop-server K      drain server K, wait until HAProxy took it out,
#                                  stop it (bench/load.py: one server behind the balancer)
#   scripts/cluster.sh restart-server K   start server K again on its port, wait until
#                                  HAProxy sends it requests again
#   scripts/cluster.sh balancer    HAProxy's view: "app1 UP", "app2 DOWN", ... (its stats,
#                                  on the unix socket $STATE/haproxy-stats.sock)
#   scripts/cluster.sh manage ARGS  manage.py with the cluster's settings
#
#   CLUSTER_BASE_PORT  default 8600: the balancer on the first free port from there,
#                      the servers on the next free ones
#   CLUSTER_STATE_DIR  default <repo>/.cluster: haproxy.cfg, pid files, logs, env, url
#   CLUSTER_DB         the PostgreSQL database, default vetcms_cluster (made afresh)
#
# Loopback only, production settings (DEBUG off) but plain HTTP: nothing terminates TLS
# here. The scheduler and the task worker run once for the cluster, not per server.
# `url` prints the balancer's http://127.0.0.1:<port>; `$STATE/env` holds the settings
# every process shares (source it to run manage.py against the cluster). The search
# indices are the cluster's own (SEARCH_INDEX_PREFIX=<CLUSTER_DB>_, built afresh by
# search_reindex at start): the engine is shared with other suites and clusters.
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${CLUSTER_STATE_DIR:-$REPO_ROOT/.cluster}
BASE_PORT=${CLUSTER_BASE_PORT:-8600}
DB_NAME=${CLUSTER_DB:-vetcms_cluster}
HAPROXY=/usr/sbin/haproxy
SERVERS=(1 2)

die() { echo "cluster: $*" >&2; exit 1; }

[[ $BASE_PORT =~ ^[0-9]+$ ]] || die "CLUSTER_BASE_PORT must be a number, not '$BASE_PORT'"
[[ $DB_NAME =~ ^[a-z_]+$ ]] || die "CLUSTER_DB must be [a-z_]+, not '$DB_NAME'"

alive() {  # the pid in file $1 is alive
  local pid
  pid=$(cat "$1" 2>/dev/null) || return 1
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_ports() {  # $1 free ports from BASE_PORT up
  local port found=()
  for ((port = BASE_PORT; port < BASE_PORT + 100 && ${#found[@]} < $1; port++)); do
    port_free "$port" && found+=("$port")
  done
  ((${#found[@]} == $1)) || die "no $1 free ports in $BASE_PORT-$((BASE_PORT + 99))"
  echo "${found[@]}"
}

install_haproxy() {
  [[ -x $HAPROXY ]] && return
  echo "cluster: installing Debian's haproxy ..." >&2
  local sudo=""
  ((EUID == 0)) || sudo=sudo
  # A fresh machine may have no package lists yet (tests/browser/run.sh does the same).
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || true
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    haproxy >&2 || die "could not install haproxy"
}

write_env() {  # the settings every server, the scheduler and the worker share
  local database_url
  bash "$REPO_ROOT/.ci/postgres.sh" start >&2
  database_url=$(bash "$REPO_ROOT/.ci/postgres.sh" fresh "$DB_NAME")
  cat >"$STATE/env" <<EOF
export DJANGO_SETTINGS_MODULE=cms.settings.production
export SECRET_KEY=$(head -c 32 /dev/urandom | base64 | tr -d '/+=')
export ALLOWED_HOSTS=127.0.0.1,localhost
export DATABASE_URL=$database_url
export CACHE_URL=$(bash "$REPO_ROOT/scripts/redis.sh" start)
export SEARCH_URL=$(bash "$REPO_ROOT/search/engine/run.sh" start | tail -n 1)
export SEARCH_INDEX_PREFIX=${DB_NAME}_ SEARCH_REPLICAS=0
export STORAGE_URL=$(bash "$REPO_ROOT/scripts/storage.sh" start)
export TASKS_BACKEND=database
export SECURE_SSL_REDIRECT=0 SECURE_COOKIES=0 SECURE_HSTS_SECONDS=0 SECURE_PROXY_SSL_HEADER=
EOF
}

write_haproxy_config() {  # $1 balancer port, then the servers' ports
  local port=$1 k
  shift
  # Health checks on /readyz every second (2 failures: out, 2 successes: back in);
  # a request whose connection fails or gets no answer is retried on the other
  # server (retries + redispatch + retry-on). HAProxy replays only what it still
  # buffers, and never a request once the server started answering.
  cat >"$STATE/haproxy.cfg" <<EOF
global
    pidfile $STATE/haproxy.pid
    maxconn 2000
defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    timeout queue 10s
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout 502 503
    option httpchk GET /readyz
    http-check expect status 200
frontend web
    bind 127.0.0.1:$port
    default_backend servers
# The balancer's own view of its servers, for scripts (a socket, not a port).
frontend stats
    bind unix@$STATE/haproxy-stats.sock mode 600
    stats enable
    stats uri /
backend servers
    balance roundrobin
EOF
  k=1
  for server_port in "$@"; do
    echo "    server app$k 127.0.0.1:$server_port check inter 1s fall 2 rise 2" >>"$STATE/haproxy.cfg"
    k=$((k + 1))
  done
}

start_server() {  # $1 index, $2 port
  (
    # shellcheck disable=SC1091
    source "$STATE/env"
    export DRAIN_FILE=$STATE/server$1.draining HOST=127.0.0.1 PORT=$2
    export SERVE_SKIP_SETUP=1 SERVE_SCHEDULER=0 SERVE_WORKER=0
    export WEB_CONCURRENCY=${WEB_CONCURRENCY:-2}
    cd "$REPO_ROOT" && exec setsid bash scripts/serve.sh </dev/null >>"$STATE/server$1.log" 2>&1
  ) &
  echo $! >"$STATE/server$1.pid"
  echo "$2" >"$STATE/server$1.port"
}

start_helper() {  # $1 name (scheduler|worker): once for the cluster
  (
    # shellcheck disable=SC1091
    source "$STATE/env"
    cd "$REPO_ROOT" && exec setsid bash "scripts/$1.sh" </dev/null >>"$STATE/$1.log" 2>&1
  ) &
  echo $! >"$STATE/$1.pid"
}

wait_ready() {  # $1 url, $2 seconds
  local i
  for ((i = 0; i < $2 * 2; i++)); do
    curl -fsS -o /dev/null --max-time 2 "$1/readyz" 2>/dev/null && return 0
    sleep 0.5
  done
  return 1
}

start() {
  mkdir -p "$STATE"
  exec 9>"$STATE/.lock"
  flock 9
  if alive "$STATE/haproxy.pid"; then url; return; fi
  install_haproxy
  rm -f "$STATE"/*.draining "$STATE/url"
  write_env
  (
    # shellcheck disable=SC1091
    source "$STATE/env"
    cd "$REPO_ROOT"
    .venv/bin/python manage.py migrate --no-input -v0
    .venv/bin/python manage.py collectstatic --no-input -v0
    # Live updates only write into indices that exist: without this, the engine makes
    # them itself on the first publish, with guessed mappings that no query matches.
    .venv/bin/python manage.py search_reindex --no-progress
  ) >>"$STATE/setup.log" 2>&1 || { tail -n 20 "$STATE/setup.log" >&2; die "setup (migrate, search_reindex) failed"; }
  local ports k
  read -r -a ports <<<"$(free_ports 3)"
  for k in "${SERVERS[@]}"; do start_server "$k" "${ports[$k]}"; done
  start_helper scheduler
  start_helper worker
  for k in "${SERVERS[@]}"; do
    wait_ready "http://127.0.0.1:${ports[$k]}" 60 ||
      { tail -n 20 "$STATE/server$k.log" >&2; stop >&2; die "server $k not ready (log: $STATE/server$k.log)"; }
  done
  write_haproxy_config "${ports[0]}" "${ports[1]}" "${ports[2]}"
  $HAPROXY -c -q -f "$STATE/haproxy.cfg" || die "bad config $STATE/haproxy.cfg"
  (exec setsid $HAPROXY -Ws -f "$STATE/haproxy.cfg" </dev/null >>"$STATE/haproxy.log" 2>&1 9>&-) &
  echo $! >"$STATE/haproxy.pid"
  wait_ready "http://127.0.0.1:${ports[0]}" 20 || { stop >&2; die "balancer not ready"; }
  echo "http://127.0.0.1:${ports[0]}" >"$STATE/url"
  cat "$STATE/url"
}

stop_pid_file() {  # TERM the process group, KILL after 20s
  local pid i
  alive "$1" || { rm -f "$1"; return 0; }
  pid=$(cat "$1")
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 200; i++)); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$1"; return 0; }
    sleep 0.1
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
  rm -f "$1"
}

stop() {
  rm -f "$STATE/url"
  local k
  stop_pid_file "$STATE/haproxy.pid"
  for k in "${SERVERS[@]}"; do stop_pid_file "$STATE/server$k.pid"; done
  stop_pid_file "$STATE/scheduler.pid"
  stop_pid_file "$STATE/worker.pid"
  # The shared services stay up (other suites use them): stop them with their scripts.
  echo "stopped"
}

status() {
  alive "$STATE/haproxy.pid" || { echo "down"; return 3; }
  local k line
  line="up $(cat "$STATE/url" 2>/dev/null)"
  for k in "${SERVERS[@]}"; do
    if alive "$STATE/server$k.pid"; then line+=" server$k:up"; else line+=" server$k:down"; fi
  done
  echo "$line"
}

url() {
  alive "$STATE/haproxy.pid" && [[ -f $STATE/url ]] || die "not running (start it: $0 start)"
  cat "$STATE/url"
}

balancer() {  # "appK STATUS" per server, as HAProxy sees it (UP, DOWN, "UP 1/2", ...)
  curl -fsS --max-time 5 --unix-socket "$STATE/haproxy-stats.sock" "http://stats/;csv" |
    awk -F, '$1 == "servers" && $2 ~ /^app/ { print $2, $18 }'
}

wait_balancer() {  # $1 index, $2 UP|DOWN: until HAProxy has server $1 in that state
  local i
  for ((i = 0; i < 60; i++)); do
    [[ $(balancer | awk -v s="app$1" '$1 == s { print $2 }') == "$2" ]] && return 0
    sleep 0.5
  done
  die "HAProxy did not mark server $1 $2 within 30 s"
}

restart_server() {  # $1 index: start it again on its port, wait until HAProxy uses it
  local port
  alive "$STATE/server$1.pid" && return 0
  port=$(cat "$STATE/server$1.port")
  start_server "$1" "$port"
  wait_ready "http://127.0.0.1:$port" 60 || die "server $1 not ready (log: $STATE/server$1.log)"
  alive "$STATE/haproxy.pid" && wait_balancer "$1" UP
  return 0
}

stop_server() {  # $1 index: out of the balancer first, so no request reaches it dying
  alive "$STATE/server$1.pid" || return 0
  touch "$STATE/server$1.draining"
  alive "$STATE/haproxy.pid" && wait_balancer "$1" DOWN
  stop_pid_file "$STATE/server$1.pid"
  rm -f "$STATE/server$1.draining"  # a restart serves at once
}

server_index() {
  [[ ${1:-} == 1 || ${1:-} == 2 ]] || die "server index must be 1 or 2, not '${1:-}'"
}

case ${1:-} in
  start | stop | status | url) "$1" ;;
  drain) server_index "${2:-}" && touch "$STATE/server$2.draining" ;;
  manage) shift && source "$STATE/env" && cd "$REPO_ROOT" && exec .venv/bin/python manage.py "$@" ;;
  restart-server) server_index "${2:-}" && restart_server "$2" ;;
  stop-server) server_index "${2:-}" && stop_server "$2" ;;
  balancer) balancer ;;
  undrain) server_index "${2:-}" && rm -f "$STATE/server$2.draining" ;;
  kill) server_index "${2:-}" && kill -KILL -- "-$(cat "$STATE/server$2.pid")" ;;
  *) echo "usage: $0 start|stop|status|url|balancer|drain K|undrain K|kill K|stop-server K|restart-server K" >&2; exit 2 ;;
esac
