#!/usr/bin/env bash
# Scores Storyline and trafilatura (from PyPI) side by side on the same pages with the same metric code.
#
#   scripts/compare-extractors.sh [DATASET...]    (default: ../shared/data/wcxb-dev ../shared/data/trafilatura-eval)
#
# trafilatura runs in a virtual environment made here (.venv-extract); its output is written in
# Storyline's prediction format and scored by `storyline eval extraction --predictions`, so both
# extractors are judged by exactly the same code. Times are per page on one core for both.
set -euo pipefail
cd "$(dirname "$0")/.."
datasets=("$@")
[ ${#datasets[@]} -eq 0 ] && datasets=(../shared/data/wcxb-dev ../shared/data/trafilatura-eval)

if [ ! -x .venv-extract/bin/python ]; then
    python3 -m venv .venv-extract
    .venv-extract/bin/pip install --quiet "trafilatura>=2.0" lxml_html_clean
fi
swift build -c release --product storyline --scratch-path .build-release >/dev/null
storyline=.build-release/release/storyline
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for dataset in "${datasets[@]}"; do
    name=$(basename "$dataset")
    .venv-extract/bin/python scripts/trafilatura_predictions.py "$dataset" "$work/$name-trafilatura.jsonl"
    echo "== $name"
    "$storyline" eval extraction "$dataset"
    "$storyline" eval extraction "$dataset" --predictions "$work/$name-trafilatura.jsonl" \
        --name "trafilatura $(.venv-extract/bin/python -c 'import trafilatura; print(trafilatura.__version__)')"
done
