#!/usr/bin/env bash
# Regenerates the app icon's PNG sizes, .ico (Windows) and .icns (macOS) from concurrency-lab.svg, and
# copies the window's sizes into the UI resources. The build only uses the committed outputs, so only
# whoever changes the SVG needs the tools: apt-get install librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"
svg=concurrency-lab.svg
mkdir -p png
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$svg" -o "png/concurrency-lab-$size.png"
done
# ICO: the sizes Windows Explorer and the taskbar ask for.
convert png/concurrency-lab-{16,24,32,48,64,128,256}.png concurrency-lab.ico
# ICNS: png2icns accepts only 16, 32, 48, 128, 256, 512 and 1024.
png2icns concurrency-lab.icns png/concurrency-lab-{16,32,48,128,256,512}.png >/dev/null
# Linux desktop entry and jpackage's Linux --icon want one PNG.
cp png/concurrency-lab-256.png concurrency-lab.png
# The window (LabApp adds these to stage.getIcons(); JavaFX picks the best size per use).
resources=../../src/main/resources/dev/concurrencylab/ui/icon
mkdir -p "$resources"
for size in 16 32 64 128 256; do
  cp "png/concurrency-lab-$size.png" "$resources/app-$size.png"
done
