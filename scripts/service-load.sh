#!/usr/bin/env bash
# Load test of `danvan serve` on loopback: 64 concurrent clients mixing validate and render (html, docx, txt, md, an
# invalid report, a malformed body) for a few tens of seconds; prints req/s, p50/p90/p99 latency, responses by status,
# the server's memory (RSS) before and after, and the machine's load. Not part of the default test run.
#   scripts/service-load.sh --quick     20 s (what docs/benchmarks.md reports)
#   scripts/service-load.sh             60 s
# Environment: CLIENTS (64), MAX_CONCURRENCY / QUEUE (the service's defaults), DANVAN (a danvan binary to test, e.g.
# the NativeAOT one; default: the tool built here, run by dotnet).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
[ "${1:-}" = "--quick" ] && seconds=20
clients=${CLIENTS:-64}

work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

dotnet build scripts/service-load -c Release -o "$work/client" > "$work/client.log" 2>&1 || { cat "$work/client.log"; exit 1; }
if [ -z "${DANVAN:-}" ]; then
  dotnet build src/DanVan.Cli -c Release -o "$work/tool" > "$work/tool.log" 2>&1 || { cat "$work/tool.log"; exit 1; }
  run=(dotnet "$work/tool/danvan.dll")
else
  read -r -a run <<< "$DANVAN"   # e.g. DANVAN=/path/to/native/danvan, or "dotnet /path/to/danvan.dll"
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
options=(serve --urls "$url")
[ -n "${MAX_CONCURRENCY:-}" ] && options+=(--max-concurrency "$MAX_CONCURRENCY")
[ -n "${QUEUE:-}" ] && options+=(--queue "$QUEUE")
"${run[@]}" "${options[@]}" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 150); do curl -fs "$url/health" > /dev/null 2>&1 && break; sleep 0.2; done
curl -fs "$url/health" > /dev/null || { echo "danvan serve did not start"; cat "$work/server.log"; exit 1; }

rss() { awk '/^VmRSS/ {print $2 " kB"}' "/proc/$server/status"; }
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
echo "server: ${run[*]} ${options[*]}"
echo "RSS after start: $(rss)"
# A short warm-up (JIT, first renders), so the figures are of the service, not of its start.
dotnet "$work/client/ServiceLoad.dll" "$url" samples/data 8 3 > /dev/null || true
echo "RSS after warm-up: $(rss)"
rc=0
dotnet "$work/client/ServiceLoad.dll" "$url" samples/data "$clients" "$seconds" || rc=$?
echo "RSS after the run: $(rss)"
sleep 5
echo "RSS 5 s later: $(rss)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E 'fail|error|Unhandled' "$work/server.log" && { echo "the server logged errors (above)"; rc=1; }
exit $rc
