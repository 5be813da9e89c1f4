#!/usr/bin/env bash
# CPU cost of the node helper's disk watcher (it runs all the time on every node): five allotments
# on a scratch storage root, the watcher at its default period (0.1 s), its own CPU time and its
# children's over 20 s, from /proc. As root, with busybox installed (the helper's only tool).
#   bench/watcher-cost.sh [SCRIPT] [ALLOTMENT_MIB]
# SCRIPT defaults to the portal's node-helper.sh; pass an older one to compare in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
script=${1:-ejb/src/main/resources/io/hyperchain/storage/node-helper.sh}
mib=${2:-1024}
R=$(mktemp -d /tmp/watcher-cost.XXXXXX)
mkdir -p "$R/.hc"; cp "$(command -v busybox)" "$R/.hc/busybox"; cp "$script" "$R/.hc/node-helper.sh"
h() { "$R/.hc/busybox" sh "$R/.hc/node-helper.sh" "$R" "$@"; }
cleanup() {
    [[ -n ${W:-} ]] && kill "$W" 2>/dev/null && wait "$W" 2>/dev/null || true
    for c in c1 c2 c3 c4 c5; do h remove "$c" >/dev/null 2>&1 || true; done
    umount "$R/sub" 2>/dev/null || true; umount "$R" 2>/dev/null || true; rm -rf "$R"
}
trap cleanup EXIT
for c in c1 c2 c3 c4 c5; do h prepare 512 "$c" "$mib" 90 >/dev/null; done
"$R/.hc/busybox" sh "$R/.hc/node-helper.sh" "$R" watch 0.1 & W=$!
ticks() { awk '{ print $14 + $15 + $16 + $17 }' "/proc/$W/stat"; }   # utime stime cutime cstime
sleep 1; a=$(ticks); sleep 20; b=$(ticks)
awk -v t=$((b - a)) -v hz="$(getconf CLK_TCK)" -v m="$mib" \
    'BEGIN { printf "watcher, 5 allotments of %d MiB, period 0.1 s: %.2f %% of a core\n", m, 100 * t / hz / 20 }'
