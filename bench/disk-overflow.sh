#!/usr/bin/env bash
# Seed 002 figures on a real engine (run as root on the engines' machine, after `bin/hyperchain infra`):
#   1. time from a writer crossing the threshold to the overlay being in place, as the writer sees it;
#   2. the highest sustained write rate with zero errors for a 256 MiB allotment (written to 150 %);
#   3. the cost of moving the sub disk's files back (upgrade) per GiB, against a plain `cp -a`
#      of the same files in the same run.
# Usage: bench/disk-overflow.sh [ENGINE (tcp://127.0.0.15:2375)] [WATCH_PERIOD_S (0.1)]
set -euo pipefail
ROOT_DIR=$(cd "$(dirname "$0")/.." && pwd)
ENGINE=${1:-tcp://127.0.0.15:2375}
PERIOD=${2:-0.1}
R=${BENCH_STORAGE:-$ROOT_DIR/var/bench-storage}
SCRIPT=$ROOT_DIR/ejb/src/main/resources/io/hyperchain/storage/node-helper.sh
export DOCKER_HOST=$ENGINE

cleanup() {
    pkill -f "node-helper.sh $R watch" 2>/dev/null || true
    docker ps -aq --filter label=io.hyperchain.bench | xargs -r docker rm -f >/dev/null 2>&1 || true
    for pass in 1 2 3; do
        for m in $(awk -v r="$R" 'index($5, r) == 1 { print $5 }' /proc/self/mountinfo | sort -r); do umount "$m" 2>/dev/null || true; done
    done
    rm -rf "$R"
}
trap cleanup EXIT
cleanup
mkdir -p "$R/.hc" && cp /bin/busybox "$SCRIPT" "$R/.hc/"
helper() { busybox sh "$R/.hc/node-helper.sh" "$R" "$@"; }
helper init 4096 >/dev/null
busybox sh "$R/.hc/node-helper.sh" "$R" watch "$PERIOD" >/dev/null 2>&1 &

# writer MAIN_MIB TOTAL_MIB SLEEP_US: 1 MiB files; prints errors, seconds, crossed and seen-overlay uptimes (ms)
WRITER='main=$1; total=$2; pause=$3; e=0; i=0; crossed=0; seen=0
ms() { read up _ < /proc/uptime; echo $(( ${up%.*} * 1000 + 10 * (1${up#*.} - 100) )); }  # "1" + hundredths: "08" is no octal
start=$(ms)
while [ $i -lt $total ]; do
  dd if=/dev/zero of=/data/f$i bs=1M count=1 2>/dev/null || e=$((e+1)); i=$((i+1))
  [ $crossed = 0 ] && [ $((i * 100)) -ge $((main * 90)) ] && crossed=$(ms)
  [ $seen = 0 ] && grep -q "^overlay /data " /proc/mounts && seen=$(ms)
  [ $pause -gt 0 ] && usleep $pause
done
echo "$e $(( $(ms) - start )) $crossed $seen"'

run_case() { # NAME MAIN_MIB TOTAL_MIB SLEEP_US -> "errors ms crossed seen"
    helper prepare 4096 "$1" "$2" 90 >/dev/null
    docker run -d --name "bench-$1" --label io.hyperchain.bench=1 --network none --init \
        --mount "type=bind,src=$R/ws/$1,dst=/data,bind-propagation=rslave" hyperchain/busybox:1 sleep 100000 >/dev/null
    docker exec "bench-$1" sh -c "$WRITER" writer "$2" "$3" "$4"
    docker rm -f "bench-$1" >/dev/null
}

echo "== reaction and sustained rate, 256 MiB allotment written to 384 MiB (150 %), watch period ${PERIOD}s"
printf '%-12s %8s %10s %12s\n' pause_us errors MB_per_s reaction_ms
n=0
for pause in 20000 10000 5000 2000 1000 0; do
    n=$((n + 1))
    read -r errors ms crossed seen < <(run_case "r$n" 256 384 "$pause")
    rate=$(awk -v ms="$ms" 'BEGIN { printf "%.0f", 384 * 1.048576 / (ms / 1000) }')
    reaction=$([[ $seen -gt 0 && $crossed -gt 0 ]] && echo $((seen - crossed)) || echo "-")
    printf '%-12s %8s %10s %12s\n' "$pause" "$errors" "$rate" "$reaction"
    helper remove "r$n" >/dev/null
done

echo "== move-back: 1 GiB allotment holding 1.5 GiB (upgrade to 2 GiB) vs cp -a of the same files"
read -r errors ms _ _ < <(run_case m1 1024 1536 0)
sync
t0=$EPOCHREALTIME; mkdir -p "$R/cp-baseline"; cp -a "$R/ws/m1/." "$R/cp-baseline/"; sync; t1=$EPOCHREALTIME
helper upgrade m1 2048 >/dev/null; t2=$EPOCHREALTIME
awk -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN { cp = b - a; up = c - b;
  printf "cp -a 1.5 GiB: %.2f s (%.2f s/GiB); upgrade: %.2f s (%.2f s/GiB); ratio %.2f\n", cp, cp / 1.5, up, up / 1.5, up / cp }'
