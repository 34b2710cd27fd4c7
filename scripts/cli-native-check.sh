#!/usr/bin/env bash
# Checks the danvan tool's NativeAOT binary against the dotnet tool (the same code under the JIT): it must publish
# with zero warnings as a single native binary, and print and write exactly the same on the catalog's examples.
# Used by CI (.ci/run); needs only the .NET 10 SDK (and clang/zlib for NativeAOT, as the sample's AOT check).
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The native binary: `dotnet publish src/DanVan.Cli -r linux-x64 -p:PublishAot=true`, warnings counted.
dotnet publish src/DanVan.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/native" > "$work/publish.log" 2>&1 \
  || { cat "$work/publish.log"; exit 1; }
if grep -E ': warning [A-Z]+[0-9]+' "$work/publish.log"; then
  echo "NativeAOT publish of danvan has warnings (above)"; exit 1
fi
[ -x "$work/native/danvan" ] || { echo "no native binary danvan in the publish folder"; exit 1; }

# The dotnet tool's code: the same project, framework-dependent, run by dotnet.
dotnet build src/DanVan.Cli -c Release -o "$work/jit" > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }

native() { "$work/native/danvan" "$@"; }
jit() { dotnet "$work/jit/danvan.dll" "$@"; }

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
  same "render-$kind" render "$work/$kind.json" --format txt,md,html,docx --out out
done
same render-samples render "$PWD/samples/data" --format txt,md,html,docx --out out --json
same period period "quý III năm 2024" --json
same lunar lunar 2025-01-29
same workdays workdays add 2024-04-29 1
echo "NativeAOT danvan: zero warnings, one binary, same output and files as the dotnet tool on $(echo $kinds | wc -w) kinds"
