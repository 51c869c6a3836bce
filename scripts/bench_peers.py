#!/usr/bin/env python3
"""Side-by-side MinHash signature throughput: Storyline vs datasketch vs rensa, on one corpus.

Every tool gets the same articles (the first --limit lines of the corpus, already decoded from JSON)
and the same parameters (128 permutations, word 5-shingles). The Python tools tokenise with
lower-cased `\w+` runs, the fastest regular expression close to Storyline's words; with
--close-tokenisation they use one that matches Storyline's rules more exactly (no underscore, an
apostrophe between letters kept inside a word, Han/kana/Hangul characters one word each), which is
about 25% slower. The timed work per article is tokenising, building the shingles and computing the
signature, on one core. Run it through scripts/bench-peers.sh, which
sets up the virtual environment and pins everything to one CPU.
"""

import argparse
import json
import re
import subprocess
import sys
import time

UNSPACED = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
CLOSE_WORD = re.compile(rf"[{UNSPACED}]|[^\W_{UNSPACED}]+(?:['\u2019][^\W_{UNSPACED}]+)*")
SIMPLE_WORD = re.compile(r"\w+")
WORD = SIMPLE_WORD


def shingles(text, size):
    """The word shingles of text, joined by spaces; a short text gives one shingle of all its words."""
    words = WORD.findall(text.lower())
    if len(words) < size:
        return [" ".join(words)] if words else []
    return [" ".join(words[i : i + size]) for i in range(len(words) - size + 1)]


def load(path, limit):
    texts = []
    with open(path, encoding="utf-8") as corpus:
        for line in corpus:
            if not line.strip():
                continue
            texts.append(json.loads(line)["text"])
            if len(texts) >= limit:
                break
    return texts


def measure(name, texts, run, warmup=200):
    """Seconds run(texts) takes, after an untimed warm-up on the first articles."""
    run(texts[:warmup])
    start = time.perf_counter()
    run(texts)
    seconds = time.perf_counter() - start
    print(f"  {name}: {len(texts) / seconds:,.0f} articles/s ({seconds:.1f} s)", file=sys.stderr, flush=True)
    return seconds


def per_article(hash_items, size):
    """A runner that tokenises and hashes one article at a time."""

    def run(texts):
        for text in texts:
            hash_items(shingles(text, size))

    return run


def in_batches(hash_batch, size, batch=1000):
    """A runner that tokenises a batch of articles, then hashes the batch with one call."""

    def run(texts):
        for first in range(0, len(texts), batch):
            hash_batch([shingles(text, size) for text in texts[first : first + batch]])

    return run


def peers(permutations, size):
    """(name, runner incl. tokenising, runner over ready shingle lists) per tool and API."""
    found = []
    try:
        from datasketch import MinHash

        # Permutations generated once and shared, as datasketch recommends for many signatures.
        template = MinHash(num_perm=permutations, seed=1)

        def datasketch_hash(items):
            minhash = MinHash(num_perm=permutations, seed=1, permutations=template.permutations, scheme=template.scheme)
            minhash.update_batch([item.encode("utf-8") for item in items])
            return minhash.hashvalues

        found.append(("datasketch MinHash.update_batch", per_article(datasketch_hash, size),
                      lambda ready: [datasketch_hash(items) for items in ready]))
    except ImportError as error:
        print(f"datasketch not available: {error}", file=sys.stderr)
    try:
        import rensa

        def one_by_one(kind):
            def run(items):
                minhash = kind(num_perm=permutations, seed=42)
                minhash.update(items)
                return minhash.digest()

            return run

        kinds = [("RMinHash", rensa.RMinHash)]
        if hasattr(rensa, "CMinHash"):
            kinds.append(("CMinHash", rensa.CMinHash))
        for label, kind in kinds:
            single = one_by_one(kind)
            found.append((f"rensa {label}.update", per_article(single, size),
                          lambda ready, single=single: [single(items) for items in ready]))
            if hasattr(kind, "digests_from_token_sets"):
                batch = (lambda kind: lambda sets: kind.digests_from_token_sets(sets, permutations, 42))(kind)
                found.append((f"rensa {label}.digests_from_token_sets", in_batches(batch, size), batch))
    except ImportError as error:
        print(f"rensa not available: {error}", file=sys.stderr)
    return found


def storyline(binary, corpus, limit, permutations, size):
    command = [binary, "bench", "minhash", corpus, "--limit", str(limit), "--json",
               "--permutations", str(permutations), "--shingle-size", str(size)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    for line in output.splitlines():
        record = json.loads(line)
        if record.get("bench") == "signatures":
            return record
    raise SystemExit("storyline bench minhash printed no signature measurement")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--storyline", required=True, help="the storyline executable (release build)")
    parser.add_argument("--limit", type=int, default=10000, help="articles per tool (the first N lines)")
    parser.add_argument("--permutations", type=int, default=128)
    parser.add_argument("--shingle-size", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="also print one JSON object per tool")
    parser.add_argument("--close-tokenisation", action="store_true",
                        help="tokenise the Python side with Storyline's word rules (slower) instead of \\w+")
    args = parser.parse_args()
    global WORD
    if args.close_tokenisation:
        WORD = CLOSE_WORD

    texts = load(args.corpus, args.limit)
    total_bytes = sum(len(text.encode("utf-8")) for text in texts)
    print(f"{len(texts)} articles, mean {total_bytes / len(texts):,.0f} bytes; measuring…", file=sys.stderr)

    rows = []
    ours = storyline(args.storyline, args.corpus, args.limit, args.permutations, args.shingle_size)
    rows.append(("storyline (Swift)", ours["seconds"], None))
    print(f"  storyline: {ours['articles_per_second']:,.0f} articles/s", file=sys.stderr)

    ready = [shingles(text, args.shingle_size) for text in texts]
    tokenising = measure("Python tokenising + shingling only", texts, per_article(lambda items: None, args.shingle_size))
    for name, run, run_ready in peers(args.permutations, args.shingle_size):
        seconds = measure(name, texts, run)
        start = time.perf_counter()
        run_ready(ready)
        rows.append((name, seconds, time.perf_counter() - start))

    count = len(texts)
    ours_rate = ours["articles"] / ours["seconds"]
    print()
    print(f"corpus: {args.corpus}, first {count} articles, {total_bytes / 1e6:.1f} MB, "
          f"mean {total_bytes / count:,.0f} bytes/article")
    tokens = "Storyline-like words" if args.close_tokenisation else "\\w+ words"
    print(f"parameters: {args.permutations} permutations, word {args.shingle_size}-shingles, one core; "
          f"Python tools tokenise {tokens}")
    print(f"(Python tokenising + shingling alone: {count / tokenising:,.0f} articles/s)")
    print()
    header = f"{'tool':40} {'articles/s':>11} {'MB/s':>8} {'storyline ÷ tool':>17} {'hash only, articles/s':>22}"
    print(header)
    print("-" * len(header))
    for name, seconds, hash_seconds in rows:
        rate = count / seconds
        ratio = "" if hash_seconds is None and name.startswith("storyline") else f"{ours_rate / rate:.1f}×"
        hash_only = "" if hash_seconds is None else f"{count / hash_seconds:,.0f}"
        print(f"{name:40} {rate:>11,.0f} {total_bytes / 1e6 / seconds:>8.1f} {ratio:>17} {hash_only:>22}")
        if args.json:
            print(json.dumps({"tool": name, "articles": count, "articles_per_second": rate,
                              "mb_per_second": total_bytes / 1e6 / seconds,
                              "storyline_ratio": ours_rate / rate,
                              "hash_only_articles_per_second": None if hash_seconds is None else count / hash_seconds}))


if __name__ == "__main__":
    main()
