#!/usr/bin/env python3
"""dateparser's search_dates on the same articles the Annals tagger reads.

    dateparser_bench.py ARTICLES_DIR --limit N

Reads the first N .md files (sorted, as annals-bench tagger does), drops the
front matter, and runs search_dates on each text with its language and the
publication date as the base of relative dates. Prints one JSON object with
MB/s per language.
"""

import argparse
import datetime as dt
import json
import os
import sys
import time


def articles(folder, limit):
    files = []
    for root, _, names in os.walk(folder):
        files.extend(os.path.join(root, name) for name in names if name.endswith(".md"))
    for path in sorted(files)[:limit]:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        fields = {}
        if text.startswith("---\n"):
            head, _, text = text[4:].partition("\n---\n")
            for line in head.splitlines():
                key, _, value = line.partition(":")
                fields[key.strip()] = value.strip()
        yield fields.get("language", "en"), fields.get("published"), text


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--limit", type=int, default=40)
    args = parser.parse_args()
    from dateparser.search import search_dates

    result = {}
    texts = list(articles(args.folder, args.limit))
    for language in ("en", "fa"):
        chosen = [(p, t) for lang, p, t in texts if lang == language]
        if not chosen:
            continue
        # Warm up on a whole article: dateparser loads its language data and builds its
        # patterns on first use, which the timed pass should not count.
        search_dates(chosen[0][1], languages=[language])
        size = sum(len(t.encode()) for _, t in chosen)
        found = 0
        start, start_cpu = time.perf_counter(), time.process_time()
        for published, text in chosen:
            settings = {}
            if published:
                settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(published)
            hits = search_dates(text, languages=[language], settings=settings)
            found += len(hits or [])
        seconds, cpu = time.perf_counter() - start, time.process_time() - start_cpu
        result[language] = {"articles": len(chosen), "bytes": size, "seconds": seconds, "cpu_seconds": cpu,
                            "found": found, "mb_per_s": size / 1e6 / seconds, "mb_per_cpu_s": size / 1e6 / cpu}
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
