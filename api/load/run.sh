#!/usr/bin/env bash
# The sustained mixed-load benchmark: starts the portal in a process of its own (embedded PostgreSQL, the labelled
# sample), issues an API key for the load, runs Gatling (80 % search, 15 % decision pages, 5 % complaint filing)
# at RATE requests a second for SECONDS from another process on loopback, samples the portal's heap and CPU every
# 5 s, then opens every filed complaint with its tracking number and access code to prove it was stored.
#   bash api/load/run.sh RATE SECONDS
set -euo pipefail
rate=${1:-50}
seconds=${2:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$root/api/target/load
port=${PORT:-8099}
url=http://localhost:$port
token=load-metrics-$$
mkdir -p "$work"
rm -f "$work/filed.txt" "$work/usage.csv"

cd "$root"
./mvnw -q -B -pl api -am compile spring-boot:run -Dspring-boot.run.arguments="--server.port=$port \
  --portal.embedded-database.data-directory=$work/data/postgres --portal.search.index-directory=$work/data/index \
  --portal.metrics.token=$token" > "$work/portal.log" 2>&1 &
stop() { pkill -f "server.port=$port" || true; }
trap stop EXIT
for _ in $(seq 1 300); do grep -q "is ready" "$work/portal.log" 2>/dev/null && break; sleep 1; done
grep -q "is ready" "$work/portal.log" || { echo "the portal did not start; see $work/portal.log" >&2; exit 1; }

key=$(curl -s "$url/graphql" -H 'Content-Type: application/json' -H 'Authorization: Bearer sample-admin' \
  -d '{"query":"mutation { issueApiKey(input: {holder: \"负载测试\", perMinute: 1000000}) { key } }"}' \
  | sed -n 's/.*"key":"\([^"]*\)".*/\1/p')
[ -n "$key" ] || { echo "could not issue an API key" >&2; exit 1; }

sample() {
  curl -s "$url/actuator/prometheus" -H "Authorization: Bearer $token" | awk '
    /^jvm_memory_used_bytes\{.*area="heap"/ { heap += $NF }
    /^process_cpu_usage / { proc = $NF }
    /^system_cpu_usage / { sys = $NF }
    END { printf "%.0f,%s,%s", heap, proc, sys }'
}
echo "seconds,heap_used_bytes,process_cpu,system_cpu" > "$work/usage.csv"
(
  start=$(date +%s)
  while sleep 5; do
    echo "$(( $(date +%s) - start )),$(sample)" >> "$work/usage.csv"
  done
) &
sampler=$!

status=0
(cd api/load && ../../mvnw -q -B gatling:test -Dportal="$url" -DapiKey="$key" -Drate="$rate" -Dseconds="$seconds" \
  -Dfiled="$work/filed.txt") | tee "$work/gatling.log" || status=$?
kill $sampler 2>/dev/null || true

python3 api/load/summary.py api/load/target/gatling | tee "$work/summary.md"
filed=$(wc -l < "$work/filed.txt" 2>/dev/null || echo 0)
missing=0
while read -r number code; do
  found=$(curl -s "$url/graphql" -H 'Content-Type: application/json' -H "X-Api-Key: $key" \
    -d "{\"query\":\"{ complaint(trackingNumber: \\\"$number\\\", accessCode: \\\"$code\\\") { trackingNumber } }\"}")
  case "$found" in *"\"trackingNumber\":\"$number\""*) ;; *) missing=$((missing + 1)) ;; esac
done < "$work/filed.txt"
echo "filed and acknowledged: $filed; not found afterwards: $missing"
awk -F, 'NR > 1 && $2 != "" { if ($2 > heap) heap = $2; cpu += $3; n++ } END {
  if (n) printf "portal heap used, max of samples: %.0f MB; portal CPU, mean of samples: %.0f %% of the machine\n", heap / 1048576, 100 * cpu / n }' "$work/usage.csv"
[ "$missing" -eq 0 ] || status=1
exit $status
