#!/usr/bin/env python3
"""Runs trafilatura on every page of an extraction data set and writes Storyline's prediction format.

Usage: trafilatura_predictions.py DATASET OUT.jsonl

Each line: {"file", "text", "title", "author", "date", "milliseconds"}; the time covers
trafilatura.bare_extraction (text + metadata) on one core, as `storyline eval extraction` measures.
"""
import gzip
import json
import os
import sys
import time

import trafilatura


def main() -> None:
    dataset, out = sys.argv[1], sys.argv[2]
    html_dir = os.path.join(dataset, "html")
    with open(out, "w", encoding="utf-8") as sink:
        for name in sorted(os.listdir(html_dir)):
            path = os.path.join(html_dir, name)
            raw = gzip.open(path).read() if name.endswith(".gz") else open(path, "rb").read()
            started = time.perf_counter()
            try:
                doc = trafilatura.bare_extraction(raw, with_metadata=True, output_format="python")
            except Exception as error:  # trafilatura raises on a few broken pages
                print(f"{name}: {error}", file=sys.stderr)
                doc = None
            elapsed = (time.perf_counter() - started) * 1000
            if doc is not None and not isinstance(doc, dict):
                doc = doc.as_dict()
            doc = doc or {}
            sink.write(json.dumps({
                "file": name,
                "text": doc.get("text") or "",
                "title": doc.get("title"),
                "author": doc.get("author"),
                "date": doc.get("date"),
                "milliseconds": elapsed,
            }, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
