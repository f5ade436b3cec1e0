#!/usr/bin/env bash
# Start/stop a local single-node search engine for development and tests.
#
#   search/engine/run.sh start|stop|status|url
#
#   SEARCH_ENGINE     es7 (default: Elasticsearch 7.10.2) | os2 (OpenSearch 2.19.1)
#   SEARCH_BASE_PORT  default 9249; the node takes the first free port above it (9250),
#                     at most 9299 (the runners' hard-coded upper limit)
#   SEARCH_STATE_DIR  default <repo>/.search; jars, data and logs go to $SEARCH_STATE_DIR/<engine>
#   SEARCH_START_TIMEOUT  seconds to wait for yellow health (default 120)
#   JAVA_HOME         JDK to use (17 works for both engines); otherwise `java` on PATH
#
# The engines come from Maven Central as the codelibs "runner" jars (see es7/pom.xml and
# os2/pom.xml), started as a plain Java main class. Test use only: no auth, no TLS,
# loopback only, and the runner skips Elasticsearch's bootstrap checks.
set -euo pipefail

ENGINE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$ENGINE_DIR/../.." && pwd)
ENGINE=${SEARCH_ENGINE:-es7}
# The settings' engine names (SEARCH_ENGINE=elasticsearch7|opensearch2) work here too.
case $ENGINE in elasticsearch7) ENGINE=es7 ;; opensearch2) ENGINE=os2 ;; esac
# One directory per engine: ES and OpenSearch jars must never share a classpath.
STATE=${SEARCH_STATE_DIR:-$REPO_ROOT/.search}/$ENGINE
BASE_PORT=${SEARCH_BASE_PORT:-9249}
TIMEOUT=${SEARCH_START_TIMEOUT:-120}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
LIB=$STATE/lib PIDFILE=$STATE/engine.pid URLFILE=$STATE/url LOG=$STATE/engine.log

case $ENGINE in
  es7) MAIN=org.codelibs.elasticsearch.runner.ElasticsearchClusterRunner YML=elasticsearch.yml
       # Without this, Build.CURRENT reports build_flavor "unknown" and the product check
       # of elasticsearch-py >= 7.14 refuses the server (UnsupportedProductError).
       EXTRA=(-Des.distribution.flavor=default) ;;
  os2) MAIN=org.codelibs.opensearch.runner.OpenSearchRunner YML=opensearch.yml EXTRA=() ;;
  *)   echo "SEARCH_ENGINE must be es7 or os2, not '$ENGINE'" >&2; exit 2 ;;
esac

die() { echo "search engine ($ENGINE): $*" >&2; exit 1; }

running() {  # our node is alive (the cmdline check guards against a recycled pid)
  local pid
  pid=$(cat "$PIDFILE" 2>/dev/null) || return 1
  [[ -n $pid && $(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline") == *"$MAIN"* ]]
}

health() {  # prints green/yellow/red; fails if the node does not answer or is not yet yellow
  curl -fsS --max-time 5 "$1/_cluster/health?wait_for_status=yellow&timeout=1s" 2>/dev/null |
    sed -n 's/.*"status":"\([a-z]*\)".*/\1/p' | grep .
}

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

wait_healthy() {  # read the real port from the runner output, then wait for yellow health
  local i port="" url
  for ((i = 0; i < TIMEOUT; i++)); do
    # The runner silently moves to the next free port if ours is taken, and prints the one it chose.
    [[ -n $port ]] || port=$(sed -n '/^HTTP Port:/{s/[^0-9]//g;p;q}' "$LOG")
    if [[ -n $port ]]; then
      url=http://127.0.0.1:$port
      if health "$url" >/dev/null; then echo "$url" >"$URLFILE"; echo "$url"; return 0; fi
    fi
    # (the OpenSearch runner exits 1 without printing why if the node fails to build)
    running || { tail -n 60 "$LOG" >&2; rm -f "$PIDFILE"; die "node exited during startup (log: $LOG)"; }
    sleep 1
  done
  tail -n 60 "$LOG" >&2
  stop >&2
  die "not healthy after ${TIMEOUT}s (log: $LOG)"
}

start() {
  ((BASE_PORT < 9299)) || die "SEARCH_BASE_PORT must be below 9299: the runner gives up above 9299"
  mkdir -p "$STATE"
  # Serialise concurrent `start`s; the node itself must not inherit the lock fd (9>&- below).
  exec 9>"$STATE/.lock"
  flock 9
  if running; then
    wait_healthy  # already running (maybe still starting): just report its url
    return
  fi
  command -v "$JAVA" >/dev/null || die "java not found (set JAVA_HOME)"
  fetch_jars
  rm -f "$URLFILE"
  # Data is kept between runs; only the config is rewritten. The runner copies its own
  # (empty) template only when this file is missing, and adds path.*, cluster.name,
  # node.name, http.port and node.roles itself.
  mkdir -p "$STATE/home/node_1/config"
  cat >"$STATE/home/node_1/config/$YML" <<'EOF'
discovery.type: single-node
network.host: 127.0.0.1
cluster.routing.allocation.disk.threshold_enabled: false
EOF
  # JVM flags: the relevant part of the engine's own jvm.options (the runner does not read it).
  setsid nohup "$JAVA" -Xms1g -Xmx1g -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError \
    -Dfile.encoding=UTF-8 -Djava.awt.headless=true -Djna.nosys=true \
    -Djava.locale.providers=SPI,COMPAT -Dlog4j2.formatMsgNoLookups=true -Dlog4j2.disable.jmx=true -Dlog4j.shutdownHookEnabled=false \
    -Dio.netty.noUnsafe=true -Dio.netty.noKeySetOptimization=true -Dio.netty.recycler.maxCapacityPerThread=0 \
    ${EXTRA[@]+"${EXTRA[@]}"} -cp "$LIB/*" "$MAIN" \
    -basePath "$STATE/home" -numOfNode 1 -baseHttpPort "$BASE_PORT" -clusterName "vetcms-$ENGINE" \
    </dev/null >"$LOG" 2>&1 9>&- &
  echo $! >"$PIDFILE"
  wait_healthy
}

stop() {
  rm -f "$URLFILE"
  if ! running; then rm -f "$PIDFILE"; echo "not running"; return 0; fi
  local i pid
  pid=$(cat "$PIDFILE")
  kill -TERM "$pid"  # the runner's shutdown hook closes the node cleanly
  for ((i = 0; i < 150; i++)); do  # up to 30s
    kill -0 "$pid" 2>/dev/null || { rm -f "$PIDFILE"; echo "stopped"; return 0; }
    sleep 0.2
  done
  kill -KILL "$pid" 2>/dev/null || true  # Lucene's locks die with the process
  rm -f "$PIDFILE"
  echo "killed (did not stop within 30s)"
}

status() {
  local url h
  if ! running; then echo "down"; return 3; fi
  url=$(cat "$URLFILE" 2>/dev/null) || { echo "starting (pid $(cat "$PIDFILE"))"; return 1; }
  h=$(health "$url") || { echo "unresponsive $url (pid $(cat "$PIDFILE"))"; return 1; }
  echo "up $url $h (pid $(cat "$PIDFILE"))"
}

url() {
  running && [[ -f $URLFILE ]] || die "not running (start it: SEARCH_ENGINE=$ENGINE $0 start)"
  cat "$URLFILE"
}

case ${1:-} in
  start|stop|status|url) "$1" ;;
  *) echo "usage: [SEARCH_ENGINE=es7|os2] $0 start|stop|status|url" >&2; exit 2 ;;
esac
