#!/usr/bin/env bash
# Start/stop a local search engine for development and tests: one node, or a cluster of
# SEARCH_NODES nodes (one JVM each, so that a test can stop one of them).
#
#   search/engine/run.sh start|stop|status|url
#   search/engine/run.sh stop-node K|start-node K     (one node of a cluster, K = 1..N)
#
#   SEARCH_ENGINE     es7 (default: Elasticsearch 7.10.2) | os2 (OpenSearch 2.19.1)
#   SEARCH_NODES      1 (default) or more: a cluster (use SEARCH_REPLICAS=1 in the app)
#   SEARCH_BASE_PORT  default 9249. Node K takes the first free HTTP port above
#                     BASE+K-1 (so 9250 for one node), and a cluster's node K listens for
#                     its peers on transport port BASE+100+K. HTTP ports must stay at or
#                     below 9299, the runners' hard-coded upper limit: BASE+NODES <= 9299.
#   SEARCH_STATE_DIR  default <repo>/.search; jars, data and logs go to $SEARCH_STATE_DIR/<engine>
#                     (a cluster's nodes in <engine>/cluster<N>/node-K)
#   SEARCH_HEAP       JVM heap per node (default 1g for one node, 512m in a cluster)
#   SEARCH_START_TIMEOUT  seconds to wait for the nodes (default 120; 180 for a cluster)
#   JAVA_HOME         JDK to use (17 works for both engines); otherwise `java` on PATH
#
# `url` prints the node's URL, or the cluster's URLs separated by commas (what SEARCH_URL
# takes). The engines come from Maven Central as the codelibs "runner" jars (see
# es7/pom.xml and os2/pom.xml), started as a plain Java main class. Test use only: no
# auth, no TLS, loopback only, and the runner skips Elasticsearch's bootstrap checks.
set -euo pipefail

ENGINE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$ENGINE_DIR/../.." && pwd)
MAX_PORT=9299

die() { echo "search engine (${ENGINE:-?}): $*" >&2; exit 1; }
usage() {
  echo "usage: [SEARCH_ENGINE=es7|os2] [SEARCH_NODES=N] $0 start|stop|status|url|stop-node K|start-node K" >&2
  exit 2
}
is_number() { [[ $1 =~ ^[0-9]+$ ]]; }

# --- validate everything before touching anything -------------------------------------
COMMAND=${1:-}
case $COMMAND in
  start | stop | status | url) ;;
  stop-node | start-node) is_number "${2:-}" || usage ;;
  *) usage ;;
esac
ENGINE=${SEARCH_ENGINE:-es7}
# The settings' engine names (SEARCH_ENGINE=elasticsearch7|opensearch2) work here too.
case $ENGINE in elasticsearch7) ENGINE=es7 ;; opensearch2) ENGINE=os2 ;; esac
case $ENGINE in
  es7) MAIN=org.codelibs.elasticsearch.runner.ElasticsearchClusterRunner YML=elasticsearch.yml
       # Without this, Build.CURRENT reports build_flavor "unknown" and the product check
       # of elasticsearch-py >= 7.14 refuses the server (UnsupportedProductError).
       EXTRA=(-Des.distribution.flavor=default) ;;
  os2) MAIN=org.codelibs.opensearch.runner.OpenSearchRunner YML=opensearch.yml EXTRA=() ;;
  *)   echo "SEARCH_ENGINE must be es7 or os2, not '$ENGINE'" >&2; exit 2 ;;
esac
NODES=${SEARCH_NODES:-1}
BASE_PORT=${SEARCH_BASE_PORT:-9249}
is_number "$NODES" && ((NODES >= 1 && NODES <= 9)) || die "SEARCH_NODES must be 1..9, not '$NODES'"
is_number "$BASE_PORT" && ((BASE_PORT >= 1024)) || die "SEARCH_BASE_PORT must be a port number >= 1024, not '$BASE_PORT'"
((BASE_PORT + NODES <= MAX_PORT)) ||
  die "SEARCH_BASE_PORT=$BASE_PORT with $NODES node(s) needs HTTP ports up to $((BASE_PORT + NODES)); the runner refuses ports above $MAX_PORT"
if [[ $COMMAND == *-node ]]; then
  ((NODES > 1)) || die "$COMMAND needs a cluster (SEARCH_NODES > 1)"
  (($2 >= 1 && $2 <= NODES)) || die "node $2 is not one of 1..$NODES"
fi
DEFAULT_TIMEOUT=$((NODES > 1 ? 180 : 120))
TIMEOUT=${SEARCH_START_TIMEOUT:-$DEFAULT_TIMEOUT}
is_number "$TIMEOUT" || die "SEARCH_START_TIMEOUT must be a number of seconds"
if ((NODES > 1)); then HEAP=${SEARCH_HEAP:-512m}; else HEAP=${SEARCH_HEAP:-1g}; fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
STATE=${SEARCH_STATE_DIR:-$REPO_ROOT/.search}/$ENGINE
LIB=$STATE/lib
if [[ $COMMAND == start || $COMMAND == start-node ]]; then
  command -v "$JAVA" >/dev/null || die "java not found (install OpenJDK 17 or set JAVA_HOME)"
  command -v curl >/dev/null || die "curl is needed to check the node's health"
  [[ -f $LIB/.fetched ]] || command -v mvn >/dev/null ||
    die "Maven (mvn) is needed once, to fetch the engine jars into $LIB"
fi

# --- one node's files -------------------------------------------------------------------
# A single node keeps the historical layout ($STATE/engine.pid, url, engine.log, home/).
node_dir() { if ((NODES == 1)); then echo "$STATE"; else echo "$STATE/cluster$NODES/node-$1"; fi; }
pidfile() { echo "$(node_dir "$1")/engine.pid"; }
urlfile() { echo "$(node_dir "$1")/url"; }
logfile() { echo "$(node_dir "$1")/engine.log"; }
home_of() { echo "$(node_dir "$1")/home"; }
transport_port() { echo $((BASE_PORT + 100 + $1)); }

jvm_pids() {  # every JVM running this node (its -basePath is unique), found in /proc
  local home proc cmd
  home=$(home_of "$1")
  for proc in /proc/[0-9]*; do
    cmd=$(tr '\0' ' ' 2>/dev/null <"$proc/cmdline") || continue
    [[ $cmd == *"$MAIN"* && $cmd == *"-basePath $home "* ]] && echo "${proc#/proc/}"
  done
  return 0
}

node_pid() {  # the node's JVM, healing a missing or stale pid file from /proc
  local pid
  pid=$(jvm_pids "$1" | head -n1)
  if [[ -n $pid ]]; then echo "$pid" >"$(pidfile "$1")"; echo "$pid"; return 0; fi
  rm -f "$(pidfile "$1")"
  return 1
}

health() {  # prints green/yellow/red; fails if the node does not answer or is not yet yellow
  curl -fsS --max-time 5 "$1/_cluster/health?wait_for_status=yellow&timeout=1s" 2>/dev/null |
    sed -n 's/.*"status":"\([a-z]*\)".*/\1/p' | grep .
}

log_port() { sed -n '/^HTTP Port:/{s/[^0-9]//g;p;q}' "$(logfile "$1")" 2>/dev/null || true; }

fetch_jars() {  # once per pom version: the marker holds the pom's checksum
  local sum
  sum=$(sha256sum "$ENGINE_DIR/$ENGINE/pom.xml" | cut -d' ' -f1)
  [[ -f $LIB/.fetched && $(cat "$LIB/.fetched") == "$sum" ]] && return
  command -v mvn >/dev/null || die "Maven (mvn) is needed to fetch the engine jars"
  echo "fetching $ENGINE jars from Maven Central into $LIB ..." >&2
  rm -rf "$LIB"
  mvn -q -B -f "$ENGINE_DIR/$ENGINE/pom.xml" dependency:copy-dependencies -DoutputDirectory="$LIB" >&2
  echo "$sum" >"$LIB/.fetched"
}

write_config() {  # the runner adds path.*, cluster.name, node.name, http.port, node.roles
  local k=$1 config i seeds=""
  config=$(home_of "$k")/node_1/config
  mkdir -p "$config"
  {
    echo "network.host: 127.0.0.1"
    echo "cluster.routing.allocation.disk.threshold_enabled: false"
    if ((NODES == 1)); then
      echo "discovery.type: single-node"
    else
      for ((i = 1; i <= NODES; i++)); do seeds+="${seeds:+, }\"127.0.0.1:$(transport_port "$i")\""; done
      echo "transport.port: $(transport_port "$k")"
      echo "discovery.seed_hosts: [$seeds]"
      # Transport addresses, not names: every JVM's runner calls its node "Node 1".
      echo "cluster.initial_master_nodes: [$seeds]"
    fi
  } >"$config/$YML"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

launch() {  # start node K's JVM in its own session; record the JVM's own pid
  local k=$1 log pid i
  if node_pid "$k" >/dev/null; then return 0; fi
  if ((NODES > 1)) && port_in_use "$(transport_port "$k")"; then
    die "transport port $(transport_port "$k") for node $k is taken; choose another SEARCH_BASE_PORT"
  fi
  write_config "$k"
  log=$(logfile "$k")
  : >"$log"  # exists before anything reads it
  rm -f "$(urlfile "$k")"
  # JVM flags: the relevant part of the engine's own jvm.options (the runner does not read it).
  # G1 collecting early (its reserve and occupancy settings) keeps the engine's real-memory
  # circuit breaker from refusing requests with 429 once a full reindex has filled the heap.
  setsid "$JAVA" "-Xms$HEAP" "-Xmx$HEAP" -XX:+UseG1GC -XX:G1ReservePercent=25 \
    -XX:InitiatingHeapOccupancyPercent=30 -XX:+ExitOnOutOfMemoryError \
    -Dfile.encoding=UTF-8 -Djava.awt.headless=true -Djna.nosys=true \
    -Djava.locale.providers=SPI,COMPAT -Dlog4j2.formatMsgNoLookups=true -Dlog4j2.disable.jmx=true -Dlog4j.shutdownHookEnabled=false \
    -Dio.netty.noUnsafe=true -Dio.netty.noKeySetOptimization=true -Dio.netty.recycler.maxCapacityPerThread=0 \
    ${EXTRA[@]+"${EXTRA[@]}"} -cp "$LIB/*" "$MAIN" \
    -basePath "$(home_of "$k")" -numOfNode 1 -baseHttpPort $((BASE_PORT + k - 1)) \
    -clusterName "vetcms-$ENGINE-$NODES" \
    </dev/null >"$log" 2>&1 9>&- &
  # setsid may fork; the pid file gets the JVM itself, found by its command line.
  for ((i = 0; i < 50; i++)); do
    pid=$(jvm_pids "$k" | head -n1)
    [[ -n $pid ]] && { echo "$pid" >"$(pidfile "$k")"; return 0; }
    sleep 0.1
  done
  tail -n 30 "$log" >&2
  die "node $k's JVM did not start (log: $log)"
}

wait_node() {  # until node K answers with yellow/green health; prints its URL
  local k=$1 deadline=$((SECONDS + TIMEOUT)) port url
  while ((SECONDS < deadline)); do
    # The runner moves to the next free port if ours is taken, and prints the one it chose.
    port=$(log_port "$k")
    if [[ -n $port ]]; then
      url=http://127.0.0.1:$port
      if health "$url" >/dev/null; then echo "$url" >"$(urlfile "$k")"; echo "$url"; return 0; fi
    fi
    if ! node_pid "$k" >/dev/null; then
      # (the OpenSearch runner exits 1 without printing why if the node fails to build)
      tail -n 60 "$(logfile "$k")" >&2
      die "node $k exited during startup (log: $(logfile "$k"))"
    fi
    sleep 1
  done
  tail -n 60 "$(logfile "$k")" >&2
  return 1
}

with_lock() {  # serialise concurrent start/stop; the JVMs must not inherit the fd (9>&-)
  mkdir -p "$STATE"
  exec 9>"$STATE/.lock"
  flock 9
}

start() {
  local k urls=()
  with_lock
  fetch_jars
  for ((k = 1; k <= NODES; k++)); do launch "$k"; done
  for ((k = 1; k <= NODES; k++)); do
    if ! urls+=("$(wait_node "$k")"); then
      stop_all >&2
      die "not healthy after ${TIMEOUT}s (log: $(logfile "$k"))"
    fi
  done
  (IFS=,; echo "${urls[*]}")
}

stop_node() {  # TERM (the runner's shutdown hook closes the node), KILL after 30 s
  local k=$1 pids pid i port
  pids=$(jvm_pids "$k")
  # A node whose home moved still holds its port: find it by its listening port too.
  port=$(sed 's#.*:##' "$(urlfile "$k")" 2>/dev/null || true)
  if [[ -n $port ]] && command -v ss >/dev/null; then
    for pid in $(ss -ltnpH "sport = :$port" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p'); do
      [[ $(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline") == *"$MAIN"* ]] && pids+=" $pid"
    done
  fi
  pids=$(echo "$pids" | tr ' ' '\n' | sort -u | grep . || true)
  rm -f "$(urlfile "$k")"
  if [[ -z $pids ]]; then rm -f "$(pidfile "$k")"; echo "node $k: not running"; return 0; fi
  kill -TERM $pids 2>/dev/null || true
  for ((i = 0; i < 150; i++)); do
    kill -0 $pids 2>/dev/null || { rm -f "$(pidfile "$k")"; echo "node $k: stopped"; return 0; }
    sleep 0.2
  done
  kill -KILL $pids 2>/dev/null || true  # Lucene's locks die with the process
  rm -f "$(pidfile "$k")"
  echo "node $k: killed (did not stop within 30s)"
}

stop_all() {
  local k
  for ((k = 1; k <= NODES; k++)); do stop_node "$k"; done
}

status() {  # exit 0: every node up; 1: some node starting/unresponsive; 3: all down
  local k pid url h up=0 down=0
  for ((k = 1; k <= NODES; k++)); do
    if ! pid=$(node_pid "$k"); then echo "node $k: down"; down=$((down + 1)); continue; fi
    url=$(cat "$(urlfile "$k")" 2>/dev/null) || { echo "node $k: starting (pid $pid)"; continue; }
    if h=$(health "$url"); then
      echo "node $k: up $url $h (pid $pid)"; up=$((up + 1))
    else
      echo "node $k: unresponsive $url (pid $pid)"
    fi
  done
  ((up == NODES)) && return 0
  ((down == NODES)) && return 3
  return 1
}

url() {
  local k urls=()
  for ((k = 1; k <= NODES; k++)); do
    node_pid "$k" >/dev/null && [[ -f $(urlfile "$k") ]] ||
      die "node $k is not running (start it: SEARCH_ENGINE=$ENGINE SEARCH_NODES=$NODES $0 start)"
    urls+=("$(cat "$(urlfile "$k")")")
  done
  (IFS=,; echo "${urls[*]}")
}

case $COMMAND in
  start) start ;;
  stop) with_lock; stop_all ;;
  status) status ;;
  url) url ;;
  stop-node) with_lock; stop_node "$2" ;;
  start-node) with_lock; fetch_jars; launch "$2"; wait_node "$2" || die "node $2 not healthy after ${TIMEOUT}s" ;;
esac
