#!/usr/bin/env bash
# End-to-end clustering throughput and peak memory of `storyline cluster` at 10k / 100k / 1M articles.
# Usage: scripts/bench-clustering.sh [SIZE ...]      (default: 10000 100000 1000000)
#   SCRATCH=path      swift build --scratch-path (default .build)
#   CORPUS_DIR=dir    where the generated corpora are kept (default /tmp); existing ones are reused
# Targets (issue): 1M articles in < 10 minutes with < 4 GB peak memory on a 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=${SCRATCH:-.build}
corpus_dir=${CORPUS_DIR:-/tmp}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000 1000000)

echo "building storyline (release)…" >&2
swift build -c release --scratch-path "$scratch" >&2
storyline="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/storyline"

if ! "$storyline" --help 2>/dev/null | grep -qE '^ +cluster( |$)'; then
    echo "error: this build has no 'storyline cluster' command yet, so there is nothing to time." >&2
    echo "       Once it exists, run this script again; the corpora below are generated either way." >&2
    missing_cluster=1
fi

# Runs the command given as arguments with standard output discarded; prints "seconds peak_kilobytes".
measure() {
    if [ -x /usr/bin/time ]; then
        local report
        report=$(mktemp)
        local start end
        start=$(date +%s.%N)
        /usr/bin/time -v -o "$report" "$@" >/dev/null
        end=$(date +%s.%N)
        local peak
        peak=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$report")
        rm -f "$report"
        echo "$(echo "$end - $start" | bc -l) $peak"
    else
        # No GNU time: the child's peak RSS from Python's resource module (kilobytes on Linux).
        python3 - "$@" <<'PY'
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
print(f"{time.perf_counter() - start} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}")
PY
    fi
}

# The inputs are far larger than `cluster`'s default size guard for one file.
extra=()
if "$storyline" cluster --help 2>/dev/null | grep -q -- '--max-size'; then extra=(--max-size 1000000); fi

rows=()
for size in "${sizes[@]}"; do
    corpus="$corpus_dir/storyline-bench-$size.jsonl"
    if [ ! -s "$corpus" ]; then
        echo "writing $corpus…" >&2
        "$storyline" bench corpus --count "$size" --out "$corpus"
    fi
    [ -n "${missing_cluster:-}" ] && continue
    echo "clustering $size articles…" >&2
    result=$(measure "$storyline" cluster "$corpus" --format jsonl "${extra[@]}")
    read -r seconds peak_kb <<<"$result"
    rows+=("$(printf '%10d %10.1f %12.0f %12.0f' "$size" "$seconds" "$(echo "$size / $seconds" | bc -l)" \
        "$(echo "$peak_kb / 1024" | bc -l)")")
done
[ -n "${missing_cluster:-}" ] && exit 2

echo
echo "storyline cluster FILE --format jsonl > /dev/null   ($(nproc) cores)"
printf '%10s %10s %12s %12s\n' articles "wall s" articles/s "peak MB"
for row in "${rows[@]}"; do echo "$row"; done
