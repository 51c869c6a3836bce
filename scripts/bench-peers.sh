#!/usr/bin/env bash
# MinHash signature throughput of Storyline, datasketch and rensa on the same corpus, same parameters,
# same run, one core. Usage: scripts/bench-peers.sh [CORPUS.jsonl [--close-tokenisation] [--json]]
#   LIMIT=10000     articles each tool hashes (the first LIMIT lines)
#   COUNT=100000    articles in the corpus generated when CORPUS does not exist
#   SCRATCH=path    swift build --scratch-path (default .build)
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=${1:-/tmp/storyline-bench-100000.jsonl}
[ $# -gt 0 ] && shift
limit=${LIMIT:-10000}
count=${COUNT:-100000}
scratch=${SCRATCH:-.build}
venv=.venv-bench

echo "building storyline (release)…" >&2
swift build -c release --scratch-path "$scratch" >&2
storyline="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/storyline"

if [ ! -s "$corpus" ]; then
    echo "writing a corpus of $count articles to $corpus…" >&2
    "$storyline" bench corpus --count "$count" --out "$corpus"
fi

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check datasketch rensa >&2
"$venv/bin/python" - <<'PY' >&2
import importlib.metadata as m
print("datasketch", m.version("datasketch"), "| rensa", m.version("rensa"), "| numpy", m.version("numpy"))
PY

# One core for every tool: the target is single-core throughput.
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 RAYON_NUM_THREADS=1
"${pin[@]}" "$venv/bin/python" scripts/bench_peers.py --corpus "$corpus" --limit "$limit" --storyline "$storyline" "$@"
