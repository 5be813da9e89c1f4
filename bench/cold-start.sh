#!/usr/bin/env bash
# Cold start to first page: the portal's runnable jar until /login.xhtml answers 200, against a
# bare Payara Micro (no application) until its port answers, each with a fresh --rootdir, in
# alternation so both see the same machine load. Needs MariaDB running (bin/hyperchain infra 3).
#   bench/cold-start.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
eval "$(bin/hyperchain env --show-secrets)"  # the portal needs the database password to start
jar=webapp/target/hyperchain-micro.jar
bare=webapp/target/micro/payara-micro.jar
[[ -f $jar && -f $bare ]] || { echo "build first: mvn -B -DskipTests install && mvn -B -pl webapp generate-test-resources" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Starts a jar on port 8181, prints seconds until URL answers with EXPECT, then stops it.
time_to_answer() {
    local jar=$1 url=$2 expect=$3 start pid code
    rm -rf "$work/root"
    start=$(date +%s.%N)
    java -jar "$jar" --port 8181 --rootdir "$work/root" --nocluster >"$work/log" 2>&1 &
    pid=$!
    while :; do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)
        [[ $code == "$expect" ]] && break
        kill -0 "$pid" 2>/dev/null || { echo "failed, see $work/log" >&2; exit 1; }
        sleep 0.1
    done
    echo "$(date +%s.%N) - $start" | bc
    kill "$pid"; wait "$pid" 2>/dev/null || true
}

printf '%-6s %12s %12s %8s\n' round "portal (s)" "bare (s)" ratio
for ((i = 1; i <= rounds; i++)); do
    p=$(time_to_answer "$jar" http://127.0.0.1:8181/login.xhtml 200)
    b=$(time_to_answer "$bare" http://127.0.0.1:8181/ 404)
    printf '%-6s %12.1f %12.1f %8.2f\n' "$i" "$p" "$b" "$(echo "$p / $b" | bc -l)"
done
