#!/usr/bin/env bash
# Runs the whole test suite (unit, golden end-to-end and data-backed tests; the latter skip with a
# message when ../shared is absent). Usage: ./test.sh [extra Maven args]
set -euo pipefail
cd "$(dirname "$0")"
. bin/java-home.sh
exec ./mvnw -B -ntp verify "$@"
