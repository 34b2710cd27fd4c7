#!/usr/bin/env bash
# Runs an independent PDF/A validator on the PDF writer's PDF/A output: every seed report rendered with
# PdfReportWriterOptions.PdfA, then checked by Apache PDFBox Preflight (Debian's libpdfbox2-java), the PDF/A validator
# that Debian packages. Not part of CI (docs/pdf.md, "PDF/A-2b", says what it proves and what it does not).
#   scripts/pdfa-check.sh [out-dir]      keeps the PDFs and the reports in out-dir (default: a temporary folder)
# Needs: a Java runtime, libpdfbox2-java, libactivation-java, libjaxb-api-java (installed here with apt when missing
# and run as root), the .NET SDK.
#
# Preflight validates PDF/A-1b (ISO 19005-1); the files claim PDF/A-2b (ISO 19005-2), which keeps nearly all of
# PDF/A-1b's rules. The one finding that follows from that difference alone, and is therefore expected, is
#   7.11.2 : Error on MetaData, part must be 1
# Any other finding fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."

jars=(preflight pdfbox2 fontbox2 xmpbox commons-logging javax.activation jaxb-api)
missing=0
command -v java > /dev/null || missing=1
for jar in "${jars[@]}"; do [ -f "/usr/share/java/$jar.jar" ] || missing=1; done
if [ "$missing" -eq 1 ]; then
  if [ "$(id -u)" -eq 0 ]; then as_root=(); else as_root=(sudo); fi
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java > /dev/null
fi
classpath=$(printf '/usr/share/java/%s.jar:' "${jars[@]}")

out=${1:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${out:-$work/pdf}
mkdir -p "$out"

# A throw-away program that renders every seed of the sample as PDF/A.
mkdir -p "$work/render"
cat > "$work/render/render.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$PWD/samples/DanVan.Samples.Reports/DanVan.Samples.Reports.csproj" />
  </ItemGroup>
</Project>
EOF
cat > "$work/render/Program.cs" <<'EOF'
using DanVan.Reporting.Pdf;
using DanVan.Samples.Reports;

foreach ((string file, DanVan.Reporting.IReport report) in SeedReports.All)
{
    File.WriteAllBytes(Path.Combine(args[0], file + ".pdf"), report.RenderPdf(new PdfReportWriterOptions { PdfA = true }));
}
EOF
dotnet run --project "$work/render" -- "$out" > "$work/render.log" 2>&1 || { cat "$work/render.log"; exit 1; }

expected='7.11.2 : Error on MetaData, part must be 1'
failed=0
for pdf in "$out"/*.pdf; do
  report="${pdf%.pdf}.preflight.txt"
  java -cp "$classpath" org.apache.pdfbox.preflight.Validator_A1b "$pdf" > "$report" 2>&1 || true
  # The findings: lines "clause : message", without the expected one.
  unexpected=$(grep -E '^[0-9]+(\.[0-9]+)* : ' "$report" | grep -vxF "$expected" || true)
  if grep -qF "is a valid PDF/A-1b file" "$report" || { grep -qxF "$expected" "$report" && [ -z "$unexpected" ]; }; then
    echo "ok    $(basename "$pdf"): only the expected PDF/A-2 finding (part 2)"
  else
    echo "FAIL  $(basename "$pdf"):"
    sed 's/^/      /' "$report"
    failed=1
  fi
done

exit "$failed"
