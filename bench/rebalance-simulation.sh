#!/usr/bin/env bash
# P1.8 rebalancing over a simulated week (seeded, no database, no engine): 1,000 nodes, about
# 20,000 containers, a sample every 5 minutes, three policies on the same traces (no balancing,
# Rebalancer with its defaults, the GreedyRebalance baseline); prints a table, see docs/benchmarks.md.
#   bench/rebalance-simulation.sh [NODES (1000)] [CONTAINERS_PER_48_CORE_NODE (20)] [DAYS (7)]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=bench/target/benchmarks.jar
if [[ ! -f $jar || -n $(find ejb/src/main/java/io/hyperchain/balance bench/src -newer "$jar" -name '*.java' -print -quit) ]]; then
    mvn -B -q -o -Pbench -pl bench -am package -DskipTests
fi
exec java -cp "$jar" io.hyperchain.bench.RebalanceSimulation "${1:-1000}" "${2:-20}" "${3:-7}"
