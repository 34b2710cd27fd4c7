#!/usr/bin/env bash
# Renders the pictures shown in README.md from the sample's output: the first page of a DOCX (LibreOffice headless →
# PDF → pdftoppm), the first page of the sample's own PDF (pdftoppm) and the HTML (headless Chromium). Not part of CI. Needs: libreoffice, poppler-utils, chromium
# (Debian: apt-get install -y libreoffice-writer-nogui poppler-utils chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && dotnet run --project "$OLDPWD/samples/DanVan.Samples.Reports" > /dev/null)

report="004-giao-ban-quy-dak-nong"
libreoffice --headless --convert-to pdf --outdir "$work" "$work/out/$report.docx" > /dev/null
pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$work/$report.pdf" docs/images/$report-docx
pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$work/out/$report.pdf" docs/images/$report-pdf
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$work/chromium" --window-size=900,1150 \
  --screenshot="docs/images/$report-html.png" "file://$work/out/$report.html" 2> /dev/null
echo "docs/images/$report-docx.png, docs/images/$report-pdf.png and docs/images/$report-html.png"
