#!/usr/bin/env bash
# Draws the application icon (two linked rings on a calm teal tile: liaison between partners) at
# every size the packages need, and the Windows .ico. Needs ImageMagick; the results are committed,
# so packaging does not need it.
set -euo pipefail
cd "$(dirname "$0")"
S=1024
convert -size ${S}x${S} xc:none \
  \( -size ${S}x${S} gradient:'#1B8A8F-#0B4A66' \) \
  \( -size ${S}x${S} xc:none -fill white -draw "roundrectangle 40,40 984,984 200,200" \) \
  -delete 0 -compose DstIn -composite \
  -fill none -strokewidth 78 \
  -stroke '#F2C14E' -draw "circle 640,540 640,270" \
  -stroke white -draw "circle 384,540 384,270" \
  -stroke "#F2C14E" -draw "arc 370,270 910,810 222,262" \
  liaison-desk-1024.png
for n in 16 24 32 48 64 128 256 512; do
  convert liaison-desk-1024.png -resize ${n}x${n} liaison-desk-$n.png
done
convert liaison-desk-16.png liaison-desk-24.png liaison-desk-32.png liaison-desk-48.png liaison-desk-64.png \
  liaison-desk-128.png liaison-desk-256.png liaison-desk.ico
cp liaison-desk-256.png liaison-desk.png
