#!/usr/bin/env bash
# Installs the launcher, the icons and the AppStream file for the current user. The launcher
# runs the bundle in dist/ when it was built (make package), else the project's .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
app_id=io.github.tiketgui.TiketGui
data=${XDG_DATA_HOME:-$HOME/.local/share}

if [ -x dist/tiket-gui/tiket-gui ]; then
  command=$(pwd)/dist/tiket-gui/tiket-gui
elif [ -x .venv/bin/tiket-gui ]; then
  command=$(pwd)/.venv/bin/tiket-gui
else
  echo "Nothing to launch yet: run 'make package' (a bundle) or 'make run' (a .venv) first." >&2
  exit 1
fi

mkdir -p "$data/applications" "$data/metainfo" "$data/icons/hicolor/scalable/apps"
sed "s|^Exec=tiket-gui|Exec=$command|" "packaging/$app_id.desktop" > "$data/applications/$app_id.desktop"
cp "packaging/$app_id.metainfo.xml" "$data/metainfo/"
cp resources/icons/tiket-gui.svg "$data/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 32 48 64 128 256 512; do
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "resources/icons/tiket-gui-$size.png" "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "Installed the launcher for $command in $data/applications/$app_id.desktop"
