#!/usr/bin/env bash
# Builds StoryLink once (shaded jar, tests skipped) and runs it. With no arguments it runs the main
# job on the embedded default store (./storylink-data): see README.md. Any arguments are passed to
# the `storylink` command line, e.g. ./run.sh link a.txt b.txt, run in the caller's folder (relative
# paths and the default ./storylink-data are the caller's).
set -euo pipefail
CALLER="$PWD" # paths given as arguments are relative to the caller's folder
cd "$(dirname "$0")"
. bin/java-home.sh
JAR="$PWD/target/storylink.jar"
if [ ! -f "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; then
  ./mvnw -B -ntp -q package -DskipTests >&2
fi
# Each run uses a copy of the jar, one per build (target/run/): the JVM reads classes from its jar
# as it needs them, and a `./run.sh serve` whose jar a later ./run.sh rebuilds in place (after a
# source change) fails, or spins, on the next class it loads. Older copies are removed: a running
# JVM keeps the copy it opened.
SNAP="$PWD/target/run/storylink-$(stat -c %Y "$JAR" 2>/dev/null || stat -f %m "$JAR").jar"
if [ ! -f "$SNAP" ]; then
  mkdir -p target/run
  cp "$JAR" "$SNAP.$$" && mv -f "$SNAP.$$" "$SNAP"
  find target/run -name 'storylink-*.jar' ! -name "$(basename "$SNAP")" -delete 2>/dev/null || true
fi
JAR="$SNAP"
JAVA_OPTS=(-Xmx2g --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED)
# Batch work (ingest, benchmarks, evaluation) runs about 7 % faster on the throughput collector,
# and about 10 % faster over its first 60,000 articles when the optimising JIT compiler waits for
# twice the usual calls before compiling a method and inlines less (on two cores it competes with
# the work for a core during warm-up); the server keeps the defaults (docs/benchmarks.md).
case "${1:-ingest}" in
  ingest|bench|eval) JAVA_OPTS+=(-XX:+UseParallelGC -XX:Tier4InvocationThreshold=10000
    -XX:Tier4CompileThreshold=30000 -XX:Tier4MinInvocationThreshold=1200 -XX:InlineSmallCode=1000) ;;
esac
# The JVM's "Using incubator modules" warning is dropped from stderr; the rest passes through
# unbuffered (cat, not grep: a progress bar redraws one line with \r and never ends it). The
# filter hides from Java that stderr is a terminal, so it is told (STORYLINK_PROGRESS=1).
[ -t 2 ] && export STORYLINK_PROGRESS=1
unwarn() {
  local first
  if IFS= read -r first; then
    case "$first" in *"Using incubator modules"*) ;; *) printf '%s\n' "$first" ;; esac
  elif [ -n "$first" ]; then
    printf '%s' "$first"
  fi
  exec cat
}
sl() { "$JAVA_HOME/bin/java" "${JAVA_OPTS[@]}" -jar "$JAR" "$@" 2> >(unwarn >&2); }
if [ $# -eq 0 ]; then
  # The main job on the embedded default store (./storylink-data): ingest the sample articles
  # (and the seed articles when ../shared is there), cluster them, list the stories, and link the seeds.
  SOURCES=(src/test/resources/fixtures/cluster/articles.jsonl)
  [ -d ../shared/seeds ] && SOURCES+=(../shared/seeds)
  sl ingest "${SOURCES[@]}"
  sl stories
  if [ -d ../shared/seeds ]; then
    sl link ../shared/seeds/000_a6aba22b4ac3ca80.txt ../shared/seeds/003_93c9b146f3cc785a.txt
  fi
  exit 0
fi
cd "$CALLER"
exec "$JAVA_HOME/bin/java" "${JAVA_OPTS[@]}" -jar "$JAR" "$@" 2> >(unwarn >&2)
