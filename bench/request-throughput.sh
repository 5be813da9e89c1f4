#!/usr/bin/env bash
# Committed resource requests per second through REST on MariaDB, against GET /me in the same run.
# Needs a running portal with its nodes: bin/hyperchain up
#   bench/request-throughput.sh [THREADS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(bin/hyperchain env --show-secrets)"  # RequestThroughput logs in as the admin (HYPERCHAIN_ADMIN_PASSWORD)
[[ -f bench/target/benchmarks.jar ]] || mvn -B -q -Pbench -pl bench -am package -DskipTests
java -cp bench/target/benchmarks.jar io.hyperchain.bench.RequestThroughput \
    "http://127.0.0.1:${HYPERCHAIN_HTTP_PORT}/" "${1:-8}" "${2:-20}"
