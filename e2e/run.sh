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
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
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
