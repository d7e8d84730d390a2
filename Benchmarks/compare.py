#!/usr/bin/env python3
"""Two builds of Annals side by side in one run: the same work, interleaved, as ratios.

    Benchmarks/compare BASELINE_ANNALS CANDIDATE_ANNALS

Both binaries ingest the same generated corpus, tag the same articles and answer the same
cold-start query, turn and turn about (baseline, candidate, baseline, …), so a busy machine
slows both alike. Each measure is reported as the median CPU seconds of each build and
the ratio candidate / baseline: below 1.00 the candidate is faster. CPU time (user + system
of the child) is used because it depends far less on other load than wall time.

Knobs (defaults in brackets): COMPARE_ARTICLES [2000], COMPARE_ROUNDS [5],
COMPARE_TAG_ARTICLES [300], COMPARE_QUERY_RUNS [20], BENCH_SEED [1],
BENCH_WORK [Benchmarks/.work]. Ingest runs pinned to one core (taskset -c 0) when
taskset exists, so the two builds do not race each other's threads.
"""

import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = int(os.environ.get("COMPARE_ARTICLES", 2000))
ROUNDS = int(os.environ.get("COMPARE_ROUNDS", 5))
TAG_ARTICLES = int(os.environ.get("COMPARE_TAG_ARTICLES", 300))
QUERY_RUNS = int(os.environ.get("COMPARE_QUERY_RUNS", 20))
SEED = int(os.environ.get("BENCH_SEED", 1))
WORK = os.environ.get("BENCH_WORK", os.path.join(HERE, ".work"))


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cpu_seconds(command, stdin=None):
    """Runs `command` (failing loudly); returns the CPU seconds it and its children used."""
    before = children_cpu()
    result = subprocess.run(command, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"compare: {' '.join(command[:4])} failed:\n{result.stderr[-2000:]}")
    return children_cpu() - before


def corpus_folder():
    folder = os.path.join(WORK, f"corpus-{ARTICLES}-s{SEED}")
    if not os.path.exists(os.path.join(folder, "manifest.json")):
        log(f"generating {ARTICLES} articles into {folder}")
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), "--count", str(ARTICLES),
                        "--seed", str(SEED), "--out", folder], check=True, stdout=subprocess.DEVNULL)
    return os.path.join(folder, "articles")


def remove_db(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def event_count(db):
    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT count(*) FROM events").fetchone()[0]


def pinned(command):
    return (["taskset", "-c", "0"] + command) if shutil.which("taskset") else command


def tag_inputs(articles):
    """Per language, the first TAG_ARTICLES articles' bodies joined into one text (the same for both builds)."""
    names = sorted(os.path.join(folder, name) for folder, _, files in os.walk(articles) for name in files
                   if name.endswith(".md"))
    paths = {}
    for language in ("en", "fa"):
        path = os.path.join(WORK, f"compare-tag-{language}-{TAG_ARTICLES}.txt")
        with open(path, "w", encoding="utf-8") as out:
            for name in [n for n in names if n.endswith(f".{language}.md")][:TAG_ARTICLES]:
                with open(name, encoding="utf-8") as f:
                    body = f.read()
                # Only the body: the front matter is read differently by older builds of `tag`.
                if body.startswith("---"):
                    body = body.split("\n---", 1)[-1]
                out.write(body + "\n\n")
        paths[language] = path
    return paths


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    builds = {"baseline": os.path.abspath(sys.argv[1]), "candidate": os.path.abspath(sys.argv[2])}
    for name, binary in builds.items():
        if not os.access(binary, os.X_OK):
            sys.exit(f"compare: the {name} binary {binary} is not an executable file")
    os.makedirs(WORK, exist_ok=True)
    articles = corpus_folder()
    texts = tag_inputs(articles)
    samples = {(measure, name): [] for measure in ("ingest", "tag", "query") for name in builds}
    events = {}
    for round_number in range(1, ROUNDS + 1):
        order = list(builds.items()) if round_number % 2 else list(reversed(builds.items()))
        for name, binary in order:
            db = os.path.join(WORK, f"compare-{name}.sqlite")
            remove_db(db)
            samples[("ingest", name)].append(cpu_seconds(pinned([binary, "ingest", articles, "--db", db, "--quiet"])))
            events[name] = event_count(db)
            tagged = 0.0
            for language, text in texts.items():
                with open(text, encoding="utf-8") as f:
                    tagged += cpu_seconds([binary, "tag", "-", "--published", "2020-01-01", "--language", language],
                                          stdin=f)
            samples[("tag", name)].append(tagged)
            query = [binary, "timeline", "Azerbaijan", "NATO", "--format", "json", "--db", db]
            samples[("query", name)].append(sum(cpu_seconds(query) for _ in range(QUERY_RUNS)) / QUERY_RUNS)
        log(f"round {round_number}/{ROUNDS} done")
    with open("/proc/loadavg") as f:
        load = f.read().split()[0]
    labels = {"ingest": f"ingest {ARTICLES} articles, 1 core (CPU s)",
              "tag": f"tag {TAG_ARTICLES} English + {TAG_ARTICLES} Persian articles from stdin (CPU s)",
              "query": f"`timeline Azerbaijan NATO --format json`, one process (CPU ms)"}
    print(f"| measure | baseline | candidate | candidate / baseline |")
    print(f"|---|---|---|---|")
    for measure, label in labels.items():
        scale = 1000 if measure == "query" else 1
        base = statistics.median(samples[(measure, "baseline")]) * scale
        cand = statistics.median(samples[(measure, "candidate")]) * scale
        print(f"| {label} | {base:.3f} | {cand:.3f} | {cand / base:.2f} |")
    print(f"\nmedians of {ROUNDS} interleaved rounds; events stored: baseline {events['baseline']:,}, "
          f"candidate {events['candidate']:,}; load average at the end {load}")


if __name__ == "__main__":
    main()
