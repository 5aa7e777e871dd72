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
    "polars>=1.20" "mypy>=1.10" "tqdm>=4.66"

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
# The pure-Python layer against the stub, as a user's type checker sees the installed package.
"$venv/bin/python" -m mypy --strict -p summitry

step "Oldest and newest Python polars (fresh venvs with the wheel)"
# The declared minimum (pyproject's polars>=X) and the newest on the index must give the same
# frames: each venv prints every table and analysis of the sample corpus, and runs the
# analytics tests. The venvs are kept (like .venv), so a warm run only re-installs the wheel.
oldest=$(sed -n 's/.*"polars>=\([0-9.]*\)".*/\1/p' pyproject.toml | head -n 1)
compat_start=$SECONDS
for which in oldest newest; do
    env_dir=".venv-polars-$which"
    [ -x "$env_dir/bin/python" ] || "$python" -m venv "$env_dir"
    if [ "$which" = oldest ]; then spec="polars==$oldest"; else spec="polars"; fi
    "$env_dir/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade "$spec" "pytest>=8"
    "$env_dir/bin/python" -m pip install --quiet --disable-pip-version-check \
        --force-reinstall --no-deps "$wheels"/summitry-*.whl
    "$env_dir/bin/python" -c 'import polars; print("polars", polars.__version__)'
    "$env_dir/bin/python" scripts/polars_compat.py > "$CARGO_TARGET_DIR/frames-polars-$which.json"
    "$env_dir/bin/python" -m pytest -q -p no:cacheprovider tests/test_analytics.py tests/test_frames.py
done
cmp "$CARGO_TARGET_DIR/frames-polars-oldest.json" "$CARGO_TARGET_DIR/frames-polars-newest.json"
printf 'Same frames with the oldest and newest polars (%ss).\n' "$((SECONDS - compat_start))"

step "Extraction quality on ../shared (waits for the real extractor)"
quality=0
cargo test --workspace --exclude summitry-py --release -- extraction_quality || quality=1
"$venv/bin/python" -m pytest -q -m extraction_quality || quality=1
# Accuracy on seeds, dev, the sample corpus and TempEval-3, against floors (scripts/quality.py).
"$venv/bin/python" scripts/quality.py --summitry "$CARGO_TARGET_DIR/release/summitry" || quality=1

if [ "$quality" -ne 0 ]; then
    printf '\nAll checks passed except extraction quality (%ss).\n' "$SECONDS"
    exit 1
fi
printf '\nAll checks passed (%ss).\n' "$SECONDS"
