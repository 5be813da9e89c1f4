#!/usr/bin/env bash
# Closing a month of TENANTS tenants (PER_TENANT usage intervals each) in the real portal, against
# the baseline of one INSERT ... SELECT ... GROUP BY over the same rows in the same run.
# Needs MariaDB (bin/hyperchain infra) and the built jars; starts its own portal on database
# hyperchain_close and port 8093, and stops it at the end.
#   bench/billing-close.sh [TENANTS] [PER_TENANT]
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(bin/hyperchain env --show-secrets)"  # the portal and the seeding need the database password, the run the admin's
tenants=${1:-100000}
per_tenant=${2:-10}
[[ -f bench/target/benchmarks.jar ]] || mvn -B -q -Pbench -pl bench -am package -DskipTests
[[ -f webapp/target/hyperchain-micro.jar ]] || mvn -B -q -DskipTests package
java -cp bench/target/benchmarks.jar io.hyperchain.bench.CloseAtScale seed "$tenants" "$per_tenant"
mkdir -p "$HYPERCHAIN_VAR/log" "$HYPERCHAIN_VAR/bench-close"
HYPERCHAIN_DB_NAME=hyperchain_close java -Xmx2g -jar webapp/target/hyperchain-micro.jar --port 8093 \
    --rootdir "$HYPERCHAIN_VAR/bench-close" --nocluster > "$HYPERCHAIN_VAR/log/bench-close.log" 2>&1 &
portal=$!
trap 'kill $portal 2>/dev/null || true' EXIT
for _ in $(seq 240); do
    curl -sf -o /dev/null http://127.0.0.1:8093/login.xhtml && break
    sleep 1
done
start=$EPOCHREALTIME
curl -sf -u "$HYPERCHAIN_ADMIN_EMAIL:$HYPERCHAIN_ADMIN_PASSWORD" -X POST --max-time 1800 \
    "http://127.0.0.1:8093/api/v1/admin/jobs/billing-close/run?month=2026-11"
echo
awk -v s="$start" -v e="$EPOCHREALTIME" 'BEGIN { printf "portal: billing-close of %s: %.1f s\n", "2026-11", e - s }'
java -cp bench/target/benchmarks.jar io.hyperchain.bench.CloseAtScale check "$tenants"
