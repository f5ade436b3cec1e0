#!/usr/bin/env bash
# Start/stop a local Redis (Debian's redis-server) for the shared cache, like
# search/engine/run.sh does for the search engine.
#
#   scripts/redis.sh start|stop|status|url
#
#   REDIS_PORT       default: the first free port from REDIS_BASE_PORT (6380) up to 6479
#   REDIS_STATE_DIR  default <repo>/.redis: config, pid file, log, url (no data is saved)
#
# Loopback only, no password, no persistence: a cache, not a database. `start` is
# idempotent (a running server just reports its url); `url` prints redis://127.0.0.1:<port>/0.
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${REDIS_STATE_DIR:-$REPO_ROOT/.redis}
BASE_PORT=${REDIS_BASE_PORT:-6380}
PIDFILE=$STATE/redis.pid URLFILE=$STATE/url LOG=$STATE/redis.log CONF=$STATE/redis.conf

die() { echo "redis: $*" >&2; exit 1; }

[[ -z ${REDIS_PORT:-} || $REDIS_PORT =~ ^[0-9]+$ ]] || die "REDIS_PORT must be a number, not '$REDIS_PORT'"
[[ $BASE_PORT =~ ^[0-9]+$ ]] || die "REDIS_BASE_PORT must be a number, not '$BASE_PORT'"

running() {  # our server is alive: a redis-server working in $STATE (not a recycled pid)
  local pid
  pid=$(cat "$PIDFILE" 2>/dev/null) || return 1
  [[ -n $pid && $(cat "/proc/$pid/comm" 2>/dev/null) == redis-server* &&
    $(readlink "/proc/$pid/cwd" 2>/dev/null) == "$(cd "$STATE" && pwd -P)" ]]
}

port_free() {  # nothing listens on 127.0.0.1:$1
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pick_port() {
  local port
  if [[ -n ${REDIS_PORT:-} ]]; then
    port_free "$REDIS_PORT" || die "port $REDIS_PORT is taken"
    echo "$REDIS_PORT"; return
  fi
  for ((port = BASE_PORT; port < BASE_PORT + 100; port++)); do
    port_free "$port" && { echo "$port"; return; }
  done
  die "no free port in $BASE_PORT-$((BASE_PORT + 99))"
}

install_server() {
  command -v redis-server >/dev/null && return
  echo "redis: installing Debian's redis-server ..." >&2
  local sudo=""
  ((EUID == 0)) || sudo=sudo
  $sudo apt-get install -y -q redis-server >&2 || die "could not install redis-server"
}

ping() {  # PING over /dev/tcp: no redis-cli needed
  local reply
  exec 3<>"/dev/tcp/127.0.0.1/$1" || return 1
  printf 'PING\r\n' >&3
  read -r -t 2 reply <&3 || true
  exec 3>&-
  [[ $reply == +PONG* ]]
}

start() {
  mkdir -p "$STATE"
  exec 9>"$STATE/.lock"  # serialise concurrent starts; the server must not inherit it
  flock 9
  if running; then url; return; fi
  install_server
  rm -f "$URLFILE" "$PIDFILE"
  local port i
  port=$(pick_port)
  cat >"$CONF" <<EOF
bind 127.0.0.1
port $port
dir $STATE
logfile $LOG
daemonize no
save ""
appendonly no
maxmemory 256mb
maxmemory-policy allkeys-lru
EOF
  # A foreground process under setsid, started in $STATE: its pid (ours, written here;
  # Redis itself writes no pid file) and working directory identify it from the start.
  (cd "$STATE" && exec setsid redis-server "$CONF" </dev/null >>"$LOG" 2>&1 9>&-) &
  echo $! >"$PIDFILE"
  for ((i = 0; i < 100; i++)); do
    if ping "$port" 2>/dev/null; then
      echo "redis://127.0.0.1:$port/0" >"$URLFILE"
      cat "$URLFILE"
      return 0
    fi
    # (kill -0, not running(): until the exec the process is still our subshell)
    kill -0 "$(cat "$PIDFILE")" 2>/dev/null ||
      { tail -n 20 "$LOG" >&2; rm -f "$PIDFILE"; die "server exited during startup (log: $LOG)"; }
    sleep 0.1
  done
  stop >&2
  die "no answer on port $port after 10s (log: $LOG)"
}

stop() {
  rm -f "$URLFILE"
  if ! running; then rm -f "$PIDFILE"; echo "not running"; return 0; fi
  local i pid
  pid=$(cat "$PIDFILE")
  kill -TERM "$pid"
  for ((i = 0; i < 100; i++)); do  # up to 10s
    kill -0 "$pid" 2>/dev/null || { rm -f "$PIDFILE"; echo "stopped"; return 0; }
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PIDFILE"
  echo "killed (did not stop within 10s)"
}

status() {
  if ! running; then echo "down"; return 3; fi
  echo "up $(cat "$URLFILE" 2>/dev/null) (pid $(cat "$PIDFILE"))"
}

url() {
  running && [[ -f $URLFILE ]] || die "not running (start it: $0 start)"
  cat "$URLFILE"
}

case ${1:-} in
  start|stop|status|url) "$1" ;;
  *) echo "usage: $0 start|stop|status|url" >&2; exit 2 ;;
esac
