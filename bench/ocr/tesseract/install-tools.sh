#!/usr/bin/env bash
# The Debian packages `npm run bench:ocr-tesseract` shells out to: Chromium prints the form page,
# pdftoppm (poppler-utils) rasterises it, ImageMagick damages it as a scan, Tesseract reads it.
# Run as root (or with sudo).
set -euo pipefail
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
command -v tesseract >/dev/null || missing+=(tesseract-ocr)
[ -x /usr/bin/convert ] || missing+=(imagemagick)
if [ ${#missing[@]} -eq 0 ]; then
  echo "chromium, pdftoppm, imagemagick and tesseract are installed"
  exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
