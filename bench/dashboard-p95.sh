#!/usr/bin/env bash
# The tenant dashboard's p95 under TENANTS logged-in tenants (closed loop, session cookie only),
# against GET /api/v1/me under the same load in the same run. Goal: dashboard p95 <= 3 x me p95.
# Needs a running portal with its nodes: bin/hyperchain up. Each tenant asks for one node at the base
# allotment 1/1/1, so a dev node (8 CPUs) holds 8 tenants and one node may be the spare: 50 tenants
# all hold a node with HYPERCHAIN_NODE_COUNT=8 bin/hyperchain up; with fewer nodes the run warns.
#   bench/dashboard-p95.sh [TENANTS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(bin/hyperchain env --show-secrets)"  # DashboardLatency logs in as the admin (HYPERCHAIN_ADMIN_PASSWORD)
[[ bench/target/benchmarks.jar -nt bench/src/main/java/io/hyperchain/bench/DashboardLatency.java ]] ||
    mvn -B -q -Pbench -pl bench -am package -DskipTests
java -cp bench/target/benchmarks.jar io.hyperchain.bench.DashboardLatency \
    "http://127.0.0.1:${HYPERCHAIN_HTTP_PORT}/" "${1:-50}" "${2:-30}"
