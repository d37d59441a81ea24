#!/usr/bin/env bash
# Build the Linux one-folder bundle, smoke-test it offscreen, and package it as a .deb.
#   installer/build_linux.sh            (needs the project's venv or python3 with pip)
# Output: build/dist/MediaMonitoringWorkstation/ and build/media-monitoring-workstation_<version>_<arch>.deb
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || PY=python3
"$PY" -m pip install -q -e . "pyinstaller>=6.5"
VERSION=$("$PY" -c "import workstation; print(workstation.__version__)")
rm -rf build/work build/dist
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath build/dist --workpath build/work \
  installer/workstation.spec
BUNDLE=build/dist/MediaMonitoringWorkstation
installer/smoke_test.sh "$BUNDLE/MediaMonitoringWorkstation"

ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
ROOTFS=build/deb/root
rm -rf build/deb
mkdir -p "$ROOTFS/opt/media-monitoring-workstation" "$ROOTFS/usr/share/applications" \
  "$ROOTFS/usr/share/icons/hicolor/256x256/apps" "$ROOTFS/usr/bin" "$ROOTFS/DEBIAN"
cp -a "$BUNDLE/." "$ROOTFS/opt/media-monitoring-workstation/"
cp installer/linux/media-monitoring-workstation.desktop "$ROOTFS/usr/share/applications/"
cp resources/icons/workstation-256.png "$ROOTFS/usr/share/icons/hicolor/256x256/apps/media-monitoring-workstation.png"
ln -s /opt/media-monitoring-workstation/MediaMonitoringWorkstation "$ROOTFS/usr/bin/media-monitoring-workstation"
SIZE=$(du -sk "$ROOTFS/opt" | cut -f1)
cat > "$ROOTFS/DEBIAN/control" <<CONTROL
Package: media-monitoring-workstation
Version: $VERSION
Architecture: $ARCH
Maintainer: Media Monitoring Workstation developers
Installed-Size: $SIZE
Depends: libegl1, libxkbcommon0, libfontconfig1, libdbus-1-3
Section: net
Priority: optional
Description: Desktop workstation for media-monitoring analysts
 Pulls feeds, sites, Telegram and YouTube channels into a local workspace; fake cases with refutations
 and the golden hour; violations with 6-hour removal notices; statistics and PDF summaries. Works offline.
CONTROL
dpkg-deb --root-owner-group --build "$ROOTFS" "build/media-monitoring-workstation_${VERSION}_${ARCH}.deb" >/dev/null
echo "bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1)); package: build/media-monitoring-workstation_${VERSION}_${ARCH}.deb"
