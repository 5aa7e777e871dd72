#!/usr/bin/env bash
# The one test command: Rust tests, the wheel, Python tests, the notebooks, the stub check, and
# last the extraction-quality checks on ../shared (they wait for the real extractor).
# Needs Rust, Python 3.11 and pip; builds one profile (release) so polars compiles once.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
python="${PYTHON:-$(command -v python3.11 || command -v python3)}"
venv=.venv
wheels="$CARGO_TARGET_DIR/wheels"

step() { printf '\n==> %s (at %ss)\n' "$1" "$SECONDS"; }

step "Python environment ($venv)"
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    "maturin>=1.9,<2" "pytest>=8" "nbmake>=1.5" "matplotlib>=3.8" "ipykernel>=6" \
    "polars>=1.20" "mypy>=1.10"

step "Rust tests (release)"
cargo test --workspace --exclude summitry-py --release -- --skip extraction_quality

step "Wheel"
rm -f "$wheels"/summitry-*.whl
"$venv/bin/maturin" build --release --interpreter "$venv/bin/python" --out "$wheels"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    --force-reinstall --no-deps "$wheels"/summitry-*.whl

step "Python tests (installed wheel)"
"$venv/bin/python" -m pytest -q -m "not extraction_quality"

step "Notebooks"
# Agg: no display in tests. JUPYTER_PLATFORM_DIRS silences jupyter_core's migration warning,
# which filterwarnings = error would turn into a failure.
JUPYTER_PLATFORM_DIRS=1 MPLBACKEND=Agg "$venv/bin/python" -m pytest -q --nbmake notebooks/

step "Stub check"
"$venv/bin/python" -m mypy.stubtest summitry._summitry

step "Extraction quality on ../shared (waits for the real extractor)"
quality=0
cargo test --workspace --exclude summitry-py --release -- extraction_quality || quality=1
"$venv/bin/python" -m pytest -q -m extraction_quality || quality=1

if [ "$quality" -ne 0 ]; then
    printf '\nAll checks passed except extraction quality (%ss).\n' "$SECONDS"
    exit 1
fi
printf '\nAll checks passed (%ss).\n' "$SECONDS"
