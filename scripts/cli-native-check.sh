#!/usr/bin/env bash
# Checks the danvan tool's NativeAOT binary against the dotnet tool (the same code under the JIT): it must publish
# with zero warnings as a single native binary, and print and write exactly the same on the catalog's examples, PDF
# included. Used by CI (.ci/run).
#   DANVAN_JIT_DLL=path/danvan.dll   compare against this existing build instead of building Release (CI passes the
#                                    one `dotnet test DanVanSdk.sln` just built, saving a build)
#   DANVAN_KEEP_DIR=dir              leave the binaries in dir/native and dir/jit (scripts/cli-throughput.sh reuses them
#                                    through DANVAN_BENCH_DIR)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS=0

# NativeAOT needs a C toolchain to link (clang, or gcc as on this machine; .NET 10 links its own zlib, libz.a); install
# clang and zlib1g-dev where there is none (as root or through sudo).
if ! { command -v clang || command -v gcc; } > /dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq clang zlib1g-dev > /dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The native binary: `dotnet publish src/DanVan.Cli -r linux-x64 -p:PublishAot=true`, warnings counted.
dotnet publish src/DanVan.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/native" > "$work/publish.log" 2>&1 \
  || { cat "$work/publish.log"; exit 1; }
if grep -E ': warning [A-Z]+[0-9]+' "$work/publish.log"; then
  echo "NativeAOT publish of danvan has warnings (above)"; exit 1
fi
[ -x "$work/native/danvan" ] || { echo "no native binary danvan in the publish folder"; exit 1; }
published=$SECONDS

# The dotnet tool's code: the same project, framework-dependent, run by dotnet.
if [ -n "${DANVAN_JIT_DLL:-}" ]; then
  [ -f "$DANVAN_JIT_DLL" ] || { echo "DANVAN_JIT_DLL=$DANVAN_JIT_DLL: no such file"; exit 1; }
  mkdir -p "$work/jit" && cp -r "$(dirname "$DANVAN_JIT_DLL")/." "$work/jit/"
else
  dotnet build src/DanVan.Cli -c Release -o "$work/jit" > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
fi
if [ -n "${DANVAN_KEEP_DIR:-}" ]; then
  mkdir -p "$DANVAN_KEEP_DIR" && rm -rf "$DANVAN_KEEP_DIR/native" "$DANVAN_KEEP_DIR/jit"
  cp -r "$work/native" "$DANVAN_KEEP_DIR/native" && cp -r "$work/jit" "$DANVAN_KEEP_DIR/jit"
fi
# The runs below write their own folders: keep the binaries apart from them.
mv "$work/native" "$work/native-bin" && mv "$work/jit" "$work/jit-bin"

native() { "$work/native-bin/danvan" "$@"; }
jit() { dotnet "$work/jit-bin/danvan.dll" "$@"; }

# Runs one command both ways from a folder of its own; stdout, exit code and written files must be identical.
# (stderr is not compared: the summary line carries the elapsed seconds.)
same() {
  local name=$1; shift
  for side in native jit; do
    mkdir -p "$work/$side/$name"
    (cd "$work/$side/$name" && { "$side" "$@" > stdout.txt 2> /dev/null && rc=0 || rc=$?; echo "exit $rc" >> stdout.txt; })
  done
  diff -r "$work/native/$name" "$work/jit/$name" > /dev/null || { echo "danvan $*: native and JIT differ"; diff -r "$work/native/$name" "$work/jit/$name" | head -20; exit 1; }
}

kinds=$(native kinds | cut -d' ' -f1)
same kinds kinds
same kinds-json kinds --json
for kind in $kinds; do
  native example "$kind" > "$work/$kind.json"
  same "schema-$kind" schema "$kind"
  same "example-$kind" example "$kind"
  same "validate-$kind" validate "$work/$kind.json" --json
  same "render-$kind" render "$work/$kind.json" --format txt,md,html,docx,pdf --out out
done
same render-samples render "$PWD/samples/data" --format txt,md,html,docx,pdf --out out --json
same period period "quý III năm 2024" --json
same lunar lunar 2025-01-29
same workdays workdays add 2024-04-29 1
same rollup rollup giao-ban-quy "$PWD/samples/rollup/giao-ban-quy-2024-Q2" --units "$PWD/samples/rollup/units.json" \
  --received "$PWD/samples/rollup/manifest.json" --format txt,md,html,docx,pdf --out out --json

# The render service from the native binary on loopback: health, the kinds, and a report rendered in every format,
# byte for byte what the native `render` wrote for the same example.
port=$((20000 + RANDOM % 20000))
native serve --urls "http://127.0.0.1:$port" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2> /dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$port/health" > /dev/null 2>&1 && break; sleep 0.1; done
[ "$(curl -fsS "http://127.0.0.1:$port/health")" = "ok" ] || { echo "native danvan serve: /health did not answer ok"; cat "$work/serve.log"; exit 1; }
diff <(curl -fsS "http://127.0.0.1:$port/api/kinds" | tr -d ' \n') <(native kinds --json | tr -d ' \n') > /dev/null \
  || { echo "native danvan serve: /api/kinds differs from danvan kinds --json"; exit 1; }
for kind in $kinds; do
  for format in txt md html docx pdf; do
    curl -fsS -X POST -H 'Content-Type: application/json' --data-binary "@$work/$kind.json" \
      "http://127.0.0.1:$port/api/reports/render?format=$format" -o "$work/served.$format"
    cmp "$work/served.$format" "$work/native/render-$kind/out/$kind.$format" \
      || { echo "native danvan serve: $kind.$format differs from danvan render"; exit 1; }
  done
done
kill $server && wait $server 2> /dev/null || true
echo "NativeAOT danvan: zero warnings, one binary, same output and files (PDF included) as the dotnet tool on $(echo $kinds | wc -w) kinds, the roll-up and the service over loopback ($published s publish, $SECONDS s in all)"
