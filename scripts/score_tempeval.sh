#!/usr/bin/env bash
# Scores the date engine on TempEval-3 train (TBAQ-cleaned): builds the runner in release mode,
# writes its output to target/tempeval-train.jsonl and runs the official-style scorer.
# Usage: scripts/score_tempeval.sh [SHARED_DIR] [--errors]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${1:-$root/../shared}"
shift || true
data="$shared/tempeval3"
target="${CARGO_TARGET_DIR:-$root/target}"
cargo build --release --quiet -p summitry-core --example tempeval --manifest-path "$root/Cargo.toml"
out="$target/tempeval-train.jsonl"
"$target/release/examples/tempeval" "$data/train.jsonl" > "$out"
python3 "$data/score.py" "$data/train.jsonl" "$out" "$@"
