#!/usr/bin/env bash
# Side-by-side check of the native PDF against what users do today: one seed report rendered by the sample as PDF
# (RenderPdf) and as DOCX converted by LibreOffice, both rasterised with pdftoppm, every page of each, into one PNG
# (native on the left, LibreOffice on the right). Not part of CI; the differences seen are listed in docs/pdf.md.
#   scripts/pdf-side-by-side.sh [seed] [out.png]     seed defaults to 004-giao-ban-quy-dak-nong
#   DANVAN_SAMPLE_OUT=dir                            reuse the sample's out/ folder instead of running the sample
# Needs: libreoffice (soffice), poppler-utils, python3 (Debian: apt-get install -y libreoffice-writer-nogui poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."

seed=${1:-004-giao-ban-quy-dak-nong}
picture=${2:-docs/images/$seed-side-by-side.png}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

out=${DANVAN_SAMPLE_OUT:-}
if [ -z "$out" ]; then
  (cd "$work" && dotnet run --project "$OLDPWD/samples/DanVan.Samples.Reports" > /dev/null)
  out="$work/out"
fi

soffice --headless --convert-to pdf --outdir "$work/lo" "$out/$seed.docx" > /dev/null 2>&1
pdftoppm -r 60 -gray "$out/$seed.pdf" "$work/native"
pdftoppm -r 60 -gray "$work/lo/$seed.pdf" "$work/libreoffice"

# Pages side by side, rows of (native page n | LibreOffice page n), written as one PNG (no ImageMagick needed).
python3 - "$work" "$picture" <<'PY'
import glob, struct, sys, zlib
work, picture = sys.argv[1], sys.argv[2]

def read_pgm(path):
    data = open(path, 'rb').read()
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace(): pos += 1
        if data[pos:pos + 1] == b'#':
            pos = data.index(b'\n', pos)
            continue
        end = pos
        while not data[end:end + 1].isspace(): end += 1
        fields.append(data[pos:end]); pos = end
    width, height = int(fields[1]), int(fields[2])
    pixels = data[pos + 1:]
    return width, height, [pixels[r * width:(r + 1) * width] for r in range(height)]

native = sorted(glob.glob(work + '/native-*.pgm'))
office = sorted(glob.glob(work + '/libreoffice-*.pgm'))
pages = max(len(native), len(office))
gap = 12
cells = [[read_pgm(p) if p else None for p in (native[i] if i < len(native) else None, office[i] if i < len(office) else None)] for i in range(pages)]
page_w = max(cell[0] for row in cells for cell in row if cell)
page_h = max(cell[1] for row in cells for cell in row if cell)
width = 2 * page_w + 3 * gap
rows = []
for row in cells:
    for y in range(page_h):
        line = bytearray(b'\x80' * gap)
        for cell in row:
            if cell and y < cell[1]:
                line += cell[2][y] + b'\xff' * (page_w - cell[0])
            else:
                line += b'\x80' * page_w
            line += b'\x80' * gap
        rows.append(bytes(line))
    rows.extend([b'\x80' * width] * gap)
raw = b''.join(b'\x00' + r for r in rows)
def chunk(kind, body):
    return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', zlib.crc32(kind + body) & 0xffffffff)
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, len(rows), 8, 0, 0, 0, 0)) \
    + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
open(picture, 'wb').write(png)
print(f"{picture}: {len(native)} native page(s) | {len(office)} LibreOffice page(s)")
PY
