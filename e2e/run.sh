#!/usr/bin/env bash
# End-to-end browser test. Builds nothing: needs target/storylink.jar (./mvnw -B package),
# Debian's chromium (/usr/bin/chromium) and node/npm. Ingests e2e/fixtures into a temporary data
# dir with the CLI, serves it on a free loopback port, runs e2e.test.mjs, stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR="$ROOT/target/storylink.jar"
. bin/java-home.sh   # finds a JDK >= 21 and exports JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
[ -f "$JAR" ] || { echo "e2e: $JAR missing; build it first (./mvnw -B package -DskipTests)" >&2; exit 2; }
[ -x "$CHROMIUM" ] || { echo "e2e: $CHROMIUM missing; apt-get install -y chromium" >&2; exit 2; }
command -v node >/dev/null || { echo "e2e: node missing" >&2; exit 2; }

if [ ! -d e2e/node_modules/playwright-core ]; then
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
fi

TMP=$(mktemp -d)
SERVER_PID=""
LIVE_PID=""
FEED_PID=""
cleanup() {
  for pid in "$SERVER_PID" "$LIVE_PID" "$FEED_PID"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$TMP"
}
trap cleanup EXIT

"$JAVA" -jar "$JAR" ingest --quiet --data "$TMP/data" e2e/fixtures/articles.jsonl
PORT=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
"$JAVA" -jar "$JAR" serve --host 127.0.0.1 --port "$PORT" --data "$TMP/data" > "$TMP/server.log" 2>&1 &
SERVER_PID=$!

export BASE_URL="http://127.0.0.1:$PORT"
export SCREENSHOT_DIR="${SCREENSHOT_DIR:-$ROOT/docs/screenshots}"
if ! node e2e/e2e.test.mjs; then
  echo "e2e: failed; server log:" >&2
  tail -n 40 "$TMP/server.log" >&2 || true
  exit 1
fi
kill "$SERVER_PID" 2>/dev/null || true
wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""

# Live mode: a local news server (feed-server.mjs) publishes items when the test says so; serve
# --feeds watches it (two good feeds, a 500, a timeout, malformed XML, a 50 MB body).
node e2e/feed-server.mjs "$TMP/feed-port" > "$TMP/feed-server.log" 2>&1 &
FEED_PID=$!
for _ in $(seq 1 50); do [ -s "$TMP/feed-port" ] && break; sleep 0.1; done
FEED_URL="http://127.0.0.1:$(cat "$TMP/feed-port")"
cat > "$TMP/feeds.txt" <<EOF
# the e2e news server, started by e2e/run.sh
$FEED_URL/wire.xml
$FEED_URL/zeitung.xml
$FEED_URL/broken.xml
$FEED_URL/slow.xml
$FEED_URL/malformed.xml
$FEED_URL/huge.xml
EOF
LIVE_PORT=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
"$JAVA" -jar "$JAR" serve --create --host 127.0.0.1 --port "$LIVE_PORT" --data "$TMP/live" \
  --feeds "$TMP/feeds.txt" --poll-interval 1s --host-delay 50ms --feed-timeout 3s \
  --allow-private-addresses > "$TMP/live.log" 2>&1 &
LIVE_PID=$!
export BASE_URL="http://127.0.0.1:$LIVE_PORT" FEED_URL
if ! node e2e/e2e-live.test.mjs; then
  echo "e2e: live mode failed; server log:" >&2
  tail -n 40 "$TMP/live.log" >&2 || true
  exit 1
fi
# one writer: an ingest into the served data folder goes through the server (found via server.url)
if ! "$JAVA" -jar "$JAR" ingest --quiet --data "$TMP/live" e2e/fixtures/articles.jsonl \
    > "$TMP/ingest.out" 2> "$TMP/ingest.err" || ! grep -q "through $BASE_URL" "$TMP/ingest.out"; then
  echo "e2e: an ingest into the served folder did not go through the server:" >&2
  cat "$TMP/ingest.out" "$TMP/ingest.err" >&2
  exit 1
fi
echo "ok   ingest into the served folder went through the server: $(cat "$TMP/ingest.out")"
