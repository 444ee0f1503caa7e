#!/usr/bin/env bash
# Sourced by run.sh, test.sh and .ci/run: exports JAVA_HOME pointing at a JDK >= 21.
# Order: an existing JAVA_HOME if it is >= 21, then Temurin under /usr/lib/jvm, then any JDK there.
_jdk_major() { # prints the major version of the JDK at $1, or 0
  local rel="$1/release"
  [ -x "$1/bin/javac" ] && [ -f "$rel" ] || { echo 0; return; }
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$rel" | head -n1
}
_pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ "$(_jdk_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    echo "$JAVA_HOME"; return
  fi
  local d best="" bestv=0
  for d in /usr/lib/jvm/temurin-*-jdk* /usr/lib/jvm/*; do
    [ -d "$d" ] || continue
    local v; v=$(_jdk_major "$d")
    if [ "${v:-0}" -ge 21 ] 2>/dev/null && [ "$v" -gt "$bestv" ]; then best="$d"; bestv="$v"; fi
  done
  echo "$best"
}
JAVA_HOME="$(_pick_jdk)"
if [ -z "$JAVA_HOME" ]; then
  echo "storylink: no JDK >= 21 found (set JAVA_HOME or install Temurin 21+ under /usr/lib/jvm)" >&2
  return 1 2>/dev/null || exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
