#!/usr/bin/env bash
# Builds the one-folder app with PyInstaller into dist/tiket-gui, then checks that what was
# built works: the window paints offscreen and exits 0, and tiket-token reads the docs' samples.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}

"$PYTHON" -m PyInstaller packaging/tiket-gui.spec --noconfirm --clean \
  --distpath dist --workpath build/pyinstaller --log-level WARN

bundle=dist/tiket-gui
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_STATE_HOME=$home/state \
  XDG_CACHE_HOME=$home/cache

echo "Smoke test: the whole window paints and exits"
QT_QPA_PLATFORM=offscreen "$bundle/tiket-gui" --smoke-full
for sample in resources/samples/getToken.*; do
  echo "Smoke test: tiket-token inspect $sample"
  token=$("$bundle/tiket-token" inspect "$sample" --print json | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  [ "$token" = "712402a7c363b12d87f6b02749f6f0c91b64c47e" ] || { echo "wrong token from $sample: $token" >&2; exit 1; }
done
echo "Smoke test: tiket-token get against the bundled emulator"
TIKET_SECRET_KEY=demo-secret-1 "$bundle/tiket-token" get --env emulator --partner-id 123456789 \
  --partner-name "Partner Name" --format all --print token

echo "Built $bundle: $(du -sh "$bundle" | cut -f1)"
