#!/usr/bin/env bash
# Takes docs/images/preview.png, the README's picture of the preview page: 1280×800 in headless Chromium against the
# real `danvan serve`, with the giao-ban-quy example (the browser test Screenshot_At1280x800 with
# DANVAN_PREVIEW_SCREENSHOT set). Needs Debian's chromium (`apt-get install chromium`), as the browser tests do.
set -euo pipefail
cd "$(dirname "$0")/.."

DANVAN_PREVIEW_SCREENSHOT="$PWD/docs/images/preview.png" \
  dotnet test tests/DanVan.Cli.Browser.Tests --filter "FullyQualifiedName~Screenshot_At1280x800"
echo "docs/images/preview.png written"
