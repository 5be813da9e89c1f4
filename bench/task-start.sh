#!/usr/bin/env bash
# A task's start (issue 15): POST /api/v1/environment/tasks until the process runs on its node (the
# portal answers once its exec has started it), against `docker exec -d` of the same command in the
# same container on the same engine, interleaved in the same run.
# Needs a running portal:  bin/hyperchain up
#   bench/task-start.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-30}
eval "$(bin/hyperchain env)"  # no password needed: it signs up its own tenant
url=http://127.0.0.1:${HYPERCHAIN_HTTP_PORT}
work=$(mktemp -d)
jar=$work/cookies
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
# shellcheck source=bench/tenant.sh
source bench/tenant.sh
trap 'post environment/stop "{}" >/dev/null || true; curl -s -o /dev/null -b "$jar" -H "X-CSRF-Token: $csrf" -X DELETE "$url/api/v1/resource-requests"; rm -rf "$work"' EXIT

node=$(post resource-requests '{"cpu":2,"memoryGiB":4,"diskGiB":20,"hoursPerDay":8}' | json 'd["nodes"][0]["id"]')
post environment/start "{\"nodeIds\":[$node]}" >/dev/null
for _ in $(seq 120); do
    container=$(get environment | json '[c["containerId"] for c in d["containers"] if c["state"] == "RUNNING"][0] if any(c["state"] == "RUNNING" for c in d["containers"]) else ""')
    [[ -n $container ]] && break
    sleep 0.5
done
[[ -n $container ]] || { echo "the environment did not start" >&2; exit 1; }
host=$(curl -sf -u "$HYPERCHAIN_ADMIN_EMAIL:${HYPERCHAIN_ADMIN_PASSWORD:-$(cat "$HYPERCHAIN_VAR/secrets/admin-password")}" \
    "$url/api/v1/nodes" | json "[n['dockerHost'] for n in d if n['id'] == $node][0]")

# a task that reserves next to nothing, so that no start waits for the budget's check of the engines
body='{"command":["sleep","1"],"cpu":0.01,"memoryGiB":0.01}'
for ((r = 0; r < 3; r++)); do post environment/tasks "$body" >/dev/null; docker -H "$host" exec -d "$container" sleep 1; done
: >"$work/portal"; : >"$work/docker"
for ((r = 1; r <= rounds; r++)); do
    curl -sf -o /dev/null -w '%{time_total}\n' -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
        -d "$body" "$url/api/v1/environment/tasks" >>"$work/portal"
    t=$(date +%s%N)
    docker -H "$host" exec -d "$container" sleep 1
    echo "$(( $(date +%s%N) - t ))" | awk '{ printf "%.6f\n", $1 / 1e9 }' >>"$work/docker"
done
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) * 1000 }'; }
p=$(median "$work/portal")
d=$(median "$work/docker")
awk -v p="$p" -v d="$d" -v n="$rounds" 'BEGIN { printf "task start, %d rounds: portal median %.1f ms, docker exec -d median %.1f ms, ratio %.2f\n", n, p, d, p / d }'
