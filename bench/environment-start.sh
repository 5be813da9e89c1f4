#!/usr/bin/env bash
# Environment start through the portal for 1, 3 and 6 nodes, against starting the same kind of
# container directly on the engines (one, then several one after another), in the same run.
# Needs a portal with at least 6 roomy nodes:  HYPERCHAIN_NODE_COUNT=6 bin/hyperchain up
#   bench/environment-start.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
eval "$(bin/hyperchain env)"  # no password needed: it signs up its own tenant
url=http://127.0.0.1:${HYPERCHAIN_HTTP_PORT}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar=$work/cookies
IFS=, read -r -a hosts <<<"$HYPERCHAIN_NODE_HOSTS"

ms() { echo $(( $(date +%s%N) / 1000000 )); }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

# shellcheck source=bench/tenant.sh
source bench/tenant.sh

ids=$(post resource-requests '{"cpu":12,"memoryGiB":4,"diskGiB":20,"hoursPerDay":8}' | json '",".join(str(n["id"]) for n in d["nodes"])')
IFS=, read -r -a node <<<"$ids"
(( ${#node[@]} == 6 )) || { echo "needs 6 nodes, got ${#node[@]}: register more (HYPERCHAIN_NODE_COUNT=6 bin/hyperchain up)" >&2; exit 1; }

# direct: create + start one busybox container with the portal's limits on an engine
direct() {
    local host=${1/tcp:\/\//http://} name=bench-direct-$RANDOM$RANDOM id
    id=$(curl -sf -H 'Content-Type: application/json' -d '{"Image":"hyperchain/busybox:1","Cmd":["sleep","100000"],
        "HostConfig":{"NetworkMode":"none","Init":true,"NanoCpus":2000000000,"Memory":4294967296}}' \
        "$host/containers/create?name=$name" | json 'd["Id"]')
    curl -sf -o /dev/null -X POST "$host/containers/$id/start"
    echo "$host $id" >>"$work/direct"
}
cleanup_direct() {
    [[ -f $work/direct ]] || return 0
    while read -r host id; do curl -s -o /dev/null -X DELETE "$host/containers/$id?force=1"; done <"$work/direct"
    rm -f "$work/direct"
}

printf '%-6s %10s %10s %10s %10s %10s %10s %10s\n' round direct-1 direct-3seq direct-6seq direct-3par portal-1 portal-3 portal-6
for ((r = 1; r <= rounds; r++)); do
    t=$(ms); direct "${hosts[0]}"; d1=$(( $(ms) - t )); cleanup_direct
    t=$(ms); for i in 0 1 2; do direct "${hosts[$i]}"; done; d3=$(( $(ms) - t )); cleanup_direct
    t=$(ms); for i in 0 1 2 3 4 5; do direct "${hosts[$((i % ${#hosts[@]}))]}"; done; d6=$(( $(ms) - t )); cleanup_direct
    # the floor on this machine: the same three starts at once, no portal involved
    t=$(ms); for i in 0 1 2; do direct "${hosts[$i]}" & done; wait; p3=$(( $(ms) - t )); cleanup_direct
    row=()
    for k in 1 3 6; do
        sel=$(IFS=,; echo "${node[*]:0:$k}")
        t=$(ms)
        state=$(post environment/start "{\"nodeIds\":[$sel]}" | json '",".join(c["state"] for c in d["containers"])')
        row+=($(( $(ms) - t )))
        [[ $state != *FAILED* && $state != *STARTING* ]] || echo "round $r, $k nodes: $state" >&2
        post environment/stop '{}' >/dev/null
    done
    printf '%-6s %10s %10s %10s %10s %10s %10s %10s\n' "$r" "$d1" "$d3" "$d6" "$p3" "${row[@]}"
done
