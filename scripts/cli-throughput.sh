#!/usr/bin/env bash
# Throughput of `danvan render`: N report files (the catalog's eight examples, copied round-robin) rendered to HTML and
# DOCX with 1 and with 2 cores (--jobs n, pinned to n cores with taskset), by the native binary and by the dotnet tool
# (JIT); and the tool's start-up time, JIT vs native (the mean of 20 runs of `danvan kinds`). Prints one line per
# figure with the machine's load average at its end (the machine may be shared; docs/benchmarks.md).
#   scripts/cli-throughput.sh              N = 10000 (the issue's figure; several minutes on an idle machine)
#   scripts/cli-throughput.sh --quick      N = 400 (about a minute)
#   scripts/cli-throughput.sh --files N    any N
# The published binaries are reused from $DANVAN_BENCH_DIR when set (publishing NativeAOT takes minutes).
set -euo pipefail
cd "$(dirname "$0")/.."

files=10000
[ "${1:-}" = "--quick" ] && files=400
[ "${1:-}" = "--files" ] && files=$2
work=${DANVAN_BENCH_DIR:-$(mktemp -d)}
export work
mkdir -p "$work"

[ -x "$work/native/danvan" ] || dotnet publish src/DanVan.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/native" > "$work/publish.log" 2>&1 || { cat "$work/publish.log"; exit 1; }
[ -f "$work/jit/danvan.dll" ] || dotnet build src/DanVan.Cli -c Release -o "$work/jit" > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }

native() { "$work/native/danvan" "$@"; }
jit() { dotnet "$work/jit/danvan.dll" "$@"; }
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }

# The input: N files, the eight kinds in turn.
rm -rf "$work/in" && mkdir -p "$work/in"
kinds=($(native kinds | cut -d' ' -f1))
for kind in "${kinds[@]}"; do native example "$kind" > "$work/$kind.json"; done
for ((i = 0; i < files; i++)); do
  kind=${kinds[$((i % ${#kinds[@]}))]}
  cp "$work/$kind.json" "$work/in/$(printf '%05d' "$i")-$kind.json"
done

echo "machine $(nproc) cores, $(dotnet --version) SDK, $files files (html + docx each)"
for side in native jit; do
  for jobs in 1 2; do
    rm -rf "$work/out"
    start=$(now)
    cores=0; [ "$jobs" -gt 1 ] && cores=0-$((jobs - 1))
    pin=(); command -v taskset > /dev/null && pin=(taskset -c "$cores")
    "${pin[@]}" bash -c "$(declare -f native jit); $side render '$work/in' --format html,docx --out '$work/out' --jobs $jobs" 2> /dev/null
    elapsed=$(ms "$start" "$(now)")
    written=$(find "$work/out" -type f | wc -l)
    [ "$written" -eq $((files * 2)) ] || { echo "expected $((files * 2)) documents, found $written"; exit 1; }
    echo "render $side jobs=$jobs ${elapsed} ms $(( files * 1000 / (elapsed > 0 ? elapsed : 1) )) files/s (load $(cut -d' ' -f1-3 /proc/loadavg))"
  done
done

for side in native jit; do
  start=$(now)
  for ((i = 0; i < 20; i++)); do "$side" kinds > /dev/null; done
  echo "startup $side $(( $(ms "$start" "$(now)") / 20 )) ms (mean of 20 runs of 'danvan kinds'; load $(cut -d' ' -f1-3 /proc/loadavg))"
done
