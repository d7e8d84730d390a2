#!/usr/bin/env python3
"""Runs the Annals benchmarks and prints one table. Started by Benchmarks/run.

Sizes come from the environment (defaults in brackets):
  BENCH_ARTICLES_SMALL [10000]  BENCH_ARTICLES_LARGE [100000]  BENCH_EVENTS [1000000]
  BENCH_INSERT_EVENTS [100000] (timed inserts, compared with sqlite3 .import)
  BENCH_EVENTS_DB (an existing database of synthetic events to query instead of building BENCH_EVENTS)
  BENCH_TAGGER_ARTICLES [400]   BENCH_DATEPARSER_ARTICLES [200] BENCH_DATEPARSER_ROUNDS [5]
  BENCH_QUERIES [500]
  BENCH_CLI_RUNS [20]           BENCH_SEED [1]                  BENCH_WORK [Benchmarks/.work]
  BENCH_COLD_EVENTS [36000] (the database cold-start queries run on)
  BENCH_JSONL_MB [1024] (the JSON Lines file whose ingest memory is measured)
  BENCH_ARTICLES_HUGE [0] (a third point of the scale curve, e.g. 1000000; outside CI)
  BENCH_SCALE_QUERIES [200] (timeline queries at each point of the scale curve)
  BENCH_PLOT [Benchmarks/scale-curve.svg] (where the scale curve is drawn)
  BENCH_SKIP (comma-separated: ingest,ingest1,ingestlarge,scale,tagger,dateparser,events,sqlite,cold,memory)
"""

import json
import os
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import time

import scale_curve

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BIN = os.path.join(ROOT, ".build", "release")
ANNALS = os.path.join(BIN, "annals")
BENCH = os.path.join(BIN, "annals-bench")
MIGRATIONS = os.path.join(ROOT, "Migrations", "sql")


def env_int(name, default):
    return int(os.environ.get(name, default))


SMALL = env_int("BENCH_ARTICLES_SMALL", 10000)
LARGE = env_int("BENCH_ARTICLES_LARGE", 100000)
EVENTS = env_int("BENCH_EVENTS", 1000000)
INSERT_EVENTS = env_int("BENCH_INSERT_EVENTS", 100000)
REUSE_DB = os.environ.get("BENCH_EVENTS_DB")
TAGGER_ARTICLES = env_int("BENCH_TAGGER_ARTICLES", 400)
DATEPARSER_ARTICLES = env_int("BENCH_DATEPARSER_ARTICLES", 200)
DATEPARSER_ROUNDS = env_int("BENCH_DATEPARSER_ROUNDS", 5)
QUERIES = env_int("BENCH_QUERIES", 500)
CLI_RUNS = env_int("BENCH_CLI_RUNS", 20)
COLD_EVENTS = env_int("BENCH_COLD_EVENTS", 36000)
JSONL_MB = env_int("BENCH_JSONL_MB", 1024)
SEED = env_int("BENCH_SEED", 1)
WORK = os.environ.get("BENCH_WORK", os.path.join(HERE, ".work"))
SKIP = set(filter(None, os.environ.get("BENCH_SKIP", "").split(",")))
HUGE = env_int("BENCH_ARTICLES_HUGE", 0)
SCALE_QUERIES = env_int("BENCH_SCALE_QUERIES", 200)
PLOT = os.environ.get("BENCH_PLOT", os.path.join(HERE, "scale-curve.svg"))
SCALE = []  # points of the scale curve, one per corpus size
CORES = os.cpu_count() or 1

START_LOAD = "?"
QUERY_EVENTS = EVENTS
rows = []  # (section, measure, value, target, verdict)


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def row(section, measure, value, target="", verdict=""):
    rows.append((section, measure, value, target, verdict))
    log(f"{section} | {measure} | {value} | {target} {verdict}")


def verdict(ok):
    return "MET" if ok else "NOT MET"


def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command, **kwargs):
    """Runs `command`; returns (result, wall seconds, CPU seconds of it and its children)."""
    start, start_cpu = time.perf_counter(), children_cpu()
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        raise RuntimeError(f"{command[:3]} failed: {result.stderr[-2000:]}")
    return result, time.perf_counter() - start, children_cpu() - start_cpu


def loadavg():
    with open("/proc/loadavg") as f:
        return f.read().split()[0]


def bench_json(*arguments):
    return json.loads(run([BENCH, *arguments]).stdout.strip().splitlines()[-1])


def corpus(count):
    """The generated corpus of `count` articles (made once, then reused)."""
    folder = os.path.join(WORK, f"corpus-{count}-s{SEED}")
    manifest = os.path.join(folder, "manifest.json")
    if not os.path.exists(manifest):
        log(f"generating {count} articles into {folder}")
        shutil.rmtree(folder, ignore_errors=True)
        run([sys.executable, os.path.join(HERE, "gen_corpus.py"), "--count", str(count), "--seed", str(SEED),
             "--out", folder])
    with open(manifest) as f:
        info = json.load(f)
    info["folder"] = folder
    info["articles_dir"] = os.path.join(folder, "articles")
    info["total_bytes"] = sum(info["bytes"].values())
    return info


def remove_db(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def db_size(path):
    return sum(os.path.getsize(path + s) for s in ("", "-wal") if os.path.exists(path + s))


def timed_ingest(info, db, cores=None):
    """Ingests a corpus with /usr/bin/time -v; returns wall seconds, CPU seconds and peak RSS in MB."""
    remove_db(db)
    command = ["/usr/bin/time", "-v", ANNALS, "ingest", info["articles_dir"], "--db", db, "--quiet"]
    if cores is not None:
        command = ["taskset", "-c", cores] + command
    load = loadavg()
    result, seconds, cpu = timed(command)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) / 1024
    log(f"ingest {info['articles']} cores={cores or 'all'}: {seconds:.1f} s wall, {cpu:.1f} s CPU, load {load}")
    return seconds, cpu, rss


def counts(db):
    with sqlite3.connect(db) as connection:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("documents", "events", "mentions")}


def planted_recall(info, db):
    """Share of the planted events found: same CAMEO root, both actors, same interval, same article."""
    found = set()
    with sqlite3.connect(db) as connection:
        query = """
            SELECT d.origin, e.cameo, e.date_start, e.date_end, group_concat(p.actor_code)
            FROM mentions m JOIN documents d ON d.id = m.document_id JOIN events e ON e.id = m.event_id
            JOIN event_participants p ON p.event_id = e.id GROUP BY m.id"""
        for origin, cameo, start, end, actors in connection.execute(query):
            article = "/".join(origin.split("/")[-2:])
            found.add((article, cameo[:2], start, end, tuple(sorted(actors.split(",")))))
    total = hits = 0
    by_language = {}
    with open(os.path.join(info["folder"], "events.jsonl"), encoding="utf-8") as f:
        for line in f:
            event = json.loads(line)
            key = (event["article"], event["cameo"][:2], event["start"], event["end"], tuple(event["actors"]))
            hit = key in found
            total += 1
            hits += hit
            t, h = by_language.get(event["language"], (0, 0))
            by_language[event["language"]] = (t + 1, h + hit)
    return hits / total, {k: h / t for k, (t, h) in by_language.items()}


def ingest_section():
    small = corpus(SMALL)
    db = os.path.join(WORK, "ingest-small.sqlite")
    seconds, cpu, rss_small = timed_ingest(small, db)
    c = counts(db)
    size = db_size(db)
    rate, mbs = SMALL / seconds, small["total_bytes"] / 1e6 / seconds
    row("a. ingest", f"{SMALL} articles ({small['total_bytes'] / 1e6:.0f} MB), {CORES} cores",
        f"{rate:,.0f} articles/s, {mbs:.2f} MB/s wall ({seconds:.1f} s); CPU {cpu:.1f} s = "
        f"{SMALL / cpu:,.0f} articles per CPU-s", "scales with cores")
    scale_point(small, db, seconds, cpu, rss_small)
    recall, by_language = planted_recall(small, db)
    row("a. ingest", "planted events found (same article, CAMEO root, actors, interval)",
        f"{recall:.1%} (en {by_language.get('en', 0):.1%}, fa {by_language.get('fa', 0):.1%}); "
        f"{c['events']:,} events, {c['mentions']:,} mentions stored")
    row("f. size", f"database after {SMALL} articles", f"{size / 1e6:.1f} MB = {size / max(c['events'], 1):,.0f} B/event "
        f"({size / SMALL:,.0f} B/article; the article text is stored, corpus {small['total_bytes'] / SMALL:,.0f} B/article)")
    if "ingest1" not in SKIP:
        db1 = os.path.join(WORK, "ingest-small-1core.sqlite")
        seconds1, cpu1, _ = timed_ingest(small, db1, cores="0")
        rate1, mbs1 = SMALL / seconds1, small["total_bytes"] / 1e6 / seconds1
        cpu_rate1, cpu_mbs1 = SMALL / cpu1, small["total_bytes"] / 1e6 / cpu1
        row("a. ingest", f"{SMALL} articles, 1 core (taskset -c 0)",
            f"{rate1:,.0f} articles/s, {mbs1:.2f} MB/s wall ({seconds1:.1f} s); per CPU-s: "
            f"{cpu_rate1:,.0f} articles, {cpu_mbs1:.2f} MB", ">= 2,000 articles/s, >= 6 MB/s",
            verdict(max(rate1, cpu_rate1) >= 2000 and max(mbs1, cpu_mbs1) >= 6))
        row("a. ingest", f"scaling 1 -> {CORES} cores", f"{rate / rate1:.2f}x", f"~{CORES}x",
            verdict(rate / rate1 >= 0.8 * CORES))
        remove_db(db1)
    rss_large = None
    if "ingestlarge" not in SKIP:
        large = corpus(LARGE)
        dbl = os.path.join(WORK, "ingest-large.sqlite")
        seconds_l, cpu_l, rss_large = timed_ingest(large, dbl)
        cl = counts(dbl)
        row("a. ingest", f"{LARGE} articles ({large['total_bytes'] / 1e6:.0f} MB), {CORES} cores",
            f"{LARGE / seconds_l:,.0f} articles/s, {large['total_bytes'] / 1e6 / seconds_l:.2f} MB/s wall "
            f"({seconds_l:.1f} s); {LARGE / cpu_l:,.0f} articles per CPU-s")
        row("f. size", f"database after {LARGE} articles",
            f"{db_size(dbl) / 1e6:.1f} MB = {db_size(dbl) / max(cl['events'], 1):,.0f} B/event")
        scale_point(large, dbl, seconds_l, cpu_l, rss_large)
        remove_db(dbl)
    if HUGE and "scale" not in SKIP:
        huge = corpus(HUGE)
        dbh = os.path.join(WORK, "ingest-huge.sqlite")
        seconds_h, cpu_h, rss_huge = timed_ingest(huge, dbh)
        scale_point(huge, dbh, seconds_h, cpu_h, rss_huge)
        remove_db(dbh)
    scale_rows()
    row("e. memory", f"peak RSS ingesting {SMALL} articles", f"{rss_small:.0f} MB")
    if rss_large is not None:
        row("e. memory", f"peak RSS ingesting {LARGE} articles", f"{rss_large:.0f} MB",
            "<= 200 MB, flat", verdict(rss_large <= 200 and rss_large <= rss_small * 1.25))
    return small, db


def scale_point(info, db, seconds, cpu, rss):
    """One point of the scale curve: the ingest just timed, then queries on its database."""
    if "scale" in SKIP:
        return
    c = counts(db)
    timeline = bench_json("timeline", db, "--queries", str(SCALE_QUERIES))
    wall, cpu_ms, _ = cli_p50([ANNALS, "timeline", "Azerbaijan", "NATO", "--format", "json", "--db", db])
    SCALE.append(scale_curve.point(info["articles"], seconds, cpu, rss, c["events"], db_size(db), timeline,
                                   wall[len(wall) // 2], cpu_ms[len(cpu_ms) // 2]))
    log(f"scale point: {SCALE[-1]}")


def scale_rows():
    """The scale curve as rows of the table and as the plot at PLOT."""
    for measure, result in scale_curve.rows(SCALE):
        row("h. scale", measure, result)
    if len(SCALE) >= 2:
        with open(PLOT, "w", encoding="utf-8") as f:
            f.write(scale_curve.svg(SCALE, f"Annals scale curve, {CORES} cores, {time.strftime('%Y-%m-%d', time.gmtime())}"))
        row("h. scale", "plot", os.path.relpath(PLOT, ROOT))
        rss = [p["rss_mb"] for p in SCALE]
        rates = [p["per_cpu_s"] for p in SCALE]
        row("h. scale", "flat from the smallest to the largest corpus",
            f"peak memory x{rss[-1] / rss[0]:.2f}, articles per CPU-s x{rates[-1] / rates[0]:.2f}",
            "throughput and memory flat", verdict(rss[-1] <= rss[0] * 1.25 and rates[-1] >= rates[0] * 0.8))


def tagger_section(small):
    tagger = bench_json("tagger", small["articles_dir"], "--limit", str(TAGGER_ARTICLES))
    for language in ("en", "fa"):
        t = tagger[language]
        row("b. tagger", f"{language}: {t['articles']} articles, 1 thread", f"{t['mb_per_s']:.2f} MB/s wall, "
            f"{t['mb_per_cpu_s']:.2f} MB per CPU-s ({t['expressions'] / t['articles']:.1f} expressions/article)")
    if "dateparser" in SKIP:
        return
    try:
        import dateparser  # noqa: F401
    except ImportError:
        log("installing dateparser")
        run([sys.executable, "-m", "pip", "install", "--quiet", "dateparser"])
    # Rounds turn and turn about (Annals first in even rounds, dateparser first in odd ones), so a change in
    # the machine's load falls on both; each round's ratio is Annals' median of three passes per CPU-second
    # against one warm pass of dateparser, and the median round is the figure, with the spread beside it.
    rounds = {"en": [], "fa": []}
    for number in range(DATEPARSER_ROUNDS):
        def ours():
            return bench_json("tagger", small["articles_dir"], "--limit", str(DATEPARSER_ARTICLES), "--passes", "3")

        def theirs():
            return json.loads(run([sys.executable, os.path.join(HERE, "dateparser_bench.py"), small["articles_dir"],
                                   "--limit", str(DATEPARSER_ARTICLES)]).stdout)
        if number % 2 == 0:
            same, reference = ours(), theirs()
        else:
            reference, same = theirs(), ours()
        for language in rounds:
            a, b = same[language], reference[language]
            rounds[language].append((a["median_mb_per_cpu_s"] / b["mb_per_cpu_s"], a, b))
        log(f"dateparser round {number + 1}/{DATEPARSER_ROUNDS}: " +
            ", ".join(f"{language} {rounds[language][-1][0]:.0f}x" for language in rounds))
    for language, measured in rounds.items():
        measured.sort(key=lambda r: r[0])
        ratio, ours, theirs = measured[len(measured) // 2]
        low, high = measured[0][0], measured[-1][0]
        row("b. tagger", f"{language}: vs dateparser search_dates, same {ours['articles']} articles, "
            f"median of {len(measured)} rounds",
            f"{ratio:,.0f}x per CPU-s (spread {low:,.0f}-{high:,.0f}x; median round {ours['median_mb_per_cpu_s']:.2f} vs "
            f"{theirs['mb_per_cpu_s']:.4f} MB/s; found {ours['expressions']} vs {theirs['found']})",
            ">= 100x", verdict(ratio >= 100))


CSV_SQL = """
SELECT e.date_value, e.date_start, e.date_end, e.granularity, e.calendar, e.cameo, e.label, e.quad_class, e.goldstein,
  (SELECT group_concat(actor_code, ';') FROM (SELECT actor_code FROM event_participants WHERE event_id = e.id AND role = 'source' ORDER BY actor_code)),
  (SELECT group_concat(actor_code, ';') FROM (SELECT actor_code FROM event_participants WHERE event_id = e.id AND role = 'target' ORDER BY actor_code)),
  (SELECT group_concat(actor_code, ';') FROM (SELECT actor_code FROM event_participants WHERE event_id = e.id AND role = 'other' ORDER BY actor_code)),
  (SELECT group_concat(a.name, '; ') FROM event_participants p JOIN actors a ON a.code = p.actor_code WHERE p.event_id = e.id),
  coalesce(e.location_name, e.location_code), e.summary,
  (SELECT count(*) FROM mentions WHERE event_id = e.id),
  (SELECT group_concat(DISTINCT coalesce(d.title, d.origin)) FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = e.id),
  (SELECT m.sentence FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = e.id
     ORDER BY d.published IS NULL, d.published, m.document_id, m.sentence_start LIMIT 1)
FROM events e ORDER BY e.date_start IS NULL, e.date_start, e.date_end, e.id;
"""


def events_section():
    insert_db = os.path.join(WORK, f"insert-{INSERT_EVENTS}.sqlite")
    remove_db(insert_db)
    built = bench_json("build-db", insert_db, "--events", str(INSERT_EVENTS))
    ci = counts(insert_db)
    row("c. store", f"AnnalsStore.ingest(batch:) of {INSERT_EVENTS:,} synthetic events (5 per article)",
        f"{built['events_per_s']:,.0f} events/s wall ({built['insert_seconds']:.1f} s), "
        f"{built['events_per_cpu_s']:,.0f} per CPU-s")
    row("f. size", f"synthetic database, {ci['events']:,} events", f"{db_size(insert_db) / ci['events']:,.0f} B/event")
    if "sqlite" not in SKIP:
        ratio_import(insert_db, built, ci)
    remove_db(insert_db)
    if REUSE_DB:
        db = REUSE_DB
    else:
        db = os.path.join(WORK, f"events-{EVENTS}.sqlite")
        if INSERT_EVENTS == EVENTS:
            log("the query database is the insert database: building it again")
        remove_db(db)
        bench_json("build-db", db, "--events", str(EVENTS))
    c = counts(db)
    global QUERY_EVENTS
    QUERY_EVENTS = c["events"]
    timeline = bench_json("timeline", db, "--queries", str(QUERIES))
    p = timeline["pair"]
    row("c. timeline", f"two actors (Zipf-weighted pairs), {c['events']:,} events, in process",
        f"p50 {p['p50_ms']:.2f} ms, p99 {p['p99_ms']:.2f} ms wall; CPU p50 {p['cpu_p50_ms']:.2f}, "
        f"p99 {p['cpu_p99_ms']:.2f} ms (mean {p['mean_rows']:.0f} rows)",
        "", "")
    p = timeline["pair_table"]
    row("c. timeline", f"the same pairs as the table shows them (actors, number of sources; sentences unread)",
        f"p50 {p['p50_ms']:.2f} ms, p99 {p['p99_ms']:.2f} ms wall; CPU p50 {p['cpu_p50_ms']:.2f}, "
        f"p99 {p['cpu_p99_ms']:.2f} ms (mean {p['mean_rows']:.0f} rows)",
        "p50 <= 3 ms", verdict(min(p["p50_ms"], p["cpu_p50_ms"]) <= 3))
    for key, label in (("pair_range", "two actors, --from/--to one year"),
                       ("single_range", "one actor, --from/--to one year"),
                       ("range_only_month", "no actor, one month (API only)")):
        t = timeline[key]
        row("c. timeline", label, f"p50 {t['p50_ms']:.2f} ms, p99 {t['p99_ms']:.2f} ms wall; CPU p50 "
            f"{t['cpu_p50_ms']:.2f} ms (mean {t['mean_rows']:.0f} rows)")
    # The names timeline and export resolve actors through (stored by every ingest; a reused
    # database may predate them).
    bench_json("register", db)
    cold_rows("c. timeline", db, c["events"], 60)
    # The plans of the statements Annals runs (AnnalsStore.queryPlan), not of hand-written SQL.
    plans = bench_json("plans", db)
    for key, label in (("pair", "plan: two actors"), ("pair_range", "plan: two actors + range"),
                       ("single_range", "plan: one actor + range"), ("range_only_month", "plan: range only")):
        text = " / ".join(plans[key])
        # A one-sided range on the date index ("date_start<?") reads every earlier event: as bad as a scan.
        full = bool(re.search(r"SCAN (e|events|p0|p1|x)\b(?! USING)", text)) or "(date_start<?)" in text
        row("c. timeline", label, text, "no full scan", verdict(not full))
    export_section(db, c)
    return db


def cli_p50(command):
    """Runs `command` CLI_RUNS times: wall and CPU milliseconds of each, sorted, and the last output."""
    wall, cpu = [], []
    output = None
    for _ in range(CLI_RUNS):
        result, seconds, seconds_cpu = timed(command)
        wall.append(seconds * 1000)
        cpu.append(seconds_cpu * 1000)
        output = result.stdout
    return sorted(wall), sorted(cpu), output


def cold_rows(section, db, events, target_ms):
    """`annals timeline A B --format json` and `annals export csv A B` as whole processes, CLI_RUNS each."""
    for label in ("timeline Azerbaijan NATO --format json", "export csv Azerbaijan NATO"):
        wall, cpu, output = cli_p50([ANNALS, *label.split(), "--db", db])
        p50, p50_cpu = wall[len(wall) // 2], cpu[len(cpu) // 2]
        rows_out = output.count("\n") - 1 if label.startswith("export") else output.count('"summary"')
        row(section, f"`annals {label}`, {events:,} events, whole process ({CLI_RUNS} runs)",
            f"p50 {p50:.1f} ms wall, {p50_cpu:.1f} ms CPU; p90 {wall[int(len(wall) * 0.9) - 1]:.1f} ms wall "
            f"({rows_out:,} events out)", f"<= {target_ms} ms", verdict(min(p50, p50_cpu) <= target_ms))


def cold_section():
    """Cold-start queries on a small database (built here each run, so its stored names are current)."""
    db = os.path.join(WORK, f"cold-{COLD_EVENTS}.sqlite")
    remove_db(db)
    bench_json("build-db", db, "--events", str(COLD_EVENTS))
    c = counts(db)
    _, seconds, cpu = timed([ANNALS, "--version"])
    row("g. cold start", "`annals --version` (process start-up alone)", f"{seconds * 1000:.1f} ms wall, {cpu * 1000:.1f} ms CPU")
    cold_rows("g. cold start", db, c["events"], 25)
    remove_db(db)


def jsonl_file(megabytes):
    """A JSON Lines file of about `megabytes` MB: 2,000 generated articles as lines, repeated."""
    path = os.path.join(WORK, f"feed-{megabytes}mb.jsonl")
    if os.path.exists(path) and os.path.getsize(path) >= megabytes * 1e6:
        return path
    folder = os.path.join(WORK, f"jsonl-2000-s{SEED}")
    source = os.path.join(folder, "corpus.jsonl")
    if not os.path.exists(source):
        run([sys.executable, os.path.join(HERE, "gen_corpus.py"), "--count", "2000", "--seed", str(SEED),
             "--out", folder, "--jsonl", "--no-files"])
    with open(source, encoding="utf-8") as f:
        lines = f.readlines()
    log(f"writing {path}")
    written = 0
    with open(path, "w", encoding="utf-8") as f:
        while written < megabytes * 1e6:
            for line in lines:
                f.write(line)
                written += len(line.encode())
    return path


def memory_section():
    """Peak memory: one JSON Lines file of JSONL_MB (read line by line), and .ci/large-inputs' articles."""
    path = jsonl_file(JSONL_MB)
    db = os.path.join(WORK, "jsonl.sqlite")
    remove_db(db)
    command = ["/usr/bin/time", "-v", ANNALS, "ingest", path, "--db", db, "--quiet"]
    result, seconds, cpu = timed(command)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) / 1024
    c = counts(db)
    row("e. memory", f"peak RSS ingesting one {os.path.getsize(path) / 1e9:.2f} GB JSON Lines file "
        f"(2,000 distinct articles repeated)", f"{rss:.0f} MB ({seconds:.0f} s wall, {cpu:.0f} s CPU; "
        f"{c['documents']:,} documents stored)", "<= 150 MB", verdict(rss <= 150))
    remove_db(db)
    large = subprocess.run([os.path.join(ROOT, ".ci", "large-inputs"), ANNALS], capture_output=True, text=True)
    for line in large.stdout.splitlines():
        fields = line.split()
        if fields and fields[0] in ("medium.md", "line.txt", "big.md"):
            name, mb, cpu_s, wall_s, rss_mb = fields[:5]
            target = ("<= 300 MB", verdict(float(rss_mb) <= 300)) if name == "big.md" else ("", "")
            row("e. memory", f"peak RSS ingesting {name} of .ci/large-inputs ({mb} MB)",
                f"{rss_mb} MB ({cpu_s} CPU s; {' '.join(fields[5:])})", *target)
    if large.returncode != 0:
        row("e. memory", ".ci/large-inputs checks", large.stderr.strip()[-300:], "all pass", verdict(False))


def ratio_import(db, built, c):
    """The same rows imported by the sqlite3 shell from CSV into the same schema."""
    folder = os.path.join(WORK, "import")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    tables = ["actors", "documents", "events", "event_participants", "mentions"]
    for table in tables:
        with open(os.path.join(folder, f"{table}.csv"), "w") as f:
            subprocess.run(["sqlite3", "-csv", db, f"SELECT * FROM {table}"], stdout=f, check=True)
    target = os.path.join(folder, "imported.sqlite")
    # The schema Annals writes: every migration, in order (triggers included).
    schema = ""
    for name in sorted(os.listdir(MIGRATIONS)):
        if name.endswith(".sql"):
            with open(os.path.join(MIGRATIONS, name)) as f:
                schema += f.read() + "\n"
    run(["sqlite3", target, "PRAGMA journal_mode=WAL;"])
    run(["sqlite3", target], input=schema)
    # Foreign keys stay off (the shell's default): CSV has no NULL, and an empty
    # location_code would fail them. This only makes the baseline faster.
    script = ".bail on\n.mode csv\n" + "".join(
        f".import {os.path.join(folder, t + '.csv')} {t}\n" for t in tables if t != "actors")
    run(["sqlite3", target], input=f".mode csv\n.import {os.path.join(folder, 'actors.csv')} actors\n")
    _, seconds, cpu = timed(["sqlite3", target], input=script)
    rate, cpu_rate = c["events"] / seconds, c["events"] / cpu
    row("c. store", "sqlite3 shell .import of the same rows as CSV (same schema, FTS triggers)",
        f"{rate:,.0f} events/s wall ({seconds:.1f} s), {cpu_rate:,.0f} per CPU-s; Annals = "
        f"{built['events_per_cpu_s'] / cpu_rate:.2f}x of .import per CPU-s")
    shutil.rmtree(folder, ignore_errors=True)


def export_section(db, c):
    out = os.path.join(WORK, "export")
    os.makedirs(out, exist_ok=True)
    csv_path = os.path.join(out, "all.csv")
    csv = bench_json("export", db, "--format", "csv", "--out", csv_path)
    md = bench_json("export", db, "--format", "markdown", "--out", os.path.join(out, "all.md"))
    for name, r in (("CSV", csv), ("Markdown", md)):
        row("d. export", f"{name}, all {r['rows']:,} events (API)", f"{r['rows_per_s']:,.0f} rows/s wall "
            f"({r['seconds']:.1f} s), {r['rows_per_cpu_s']:,.0f} per CPU-s, {r['bytes'] / 1e6:.0f} MB")
    start, start_cpu = time.perf_counter(), children_cpu()
    with open(os.path.join(out, "sqlite.csv"), "w") as f:
        subprocess.run(["sqlite3", "-csv", "-header", db], input=CSV_SQL, stdout=f, text=True, check=True)
    seconds, cpu = time.perf_counter() - start, children_cpu() - start_cpu
    rate, cpu_rate = c["events"] / seconds, c["events"] / cpu
    ratio = csv["rows_per_cpu_s"] / cpu_rate
    row("d. export", "CSV vs `sqlite3 -csv` on the equivalent query",
        f"{ratio:.0%} per CPU-s, {csv['rows_per_s'] / rate:.0%} wall (sqlite3: {rate:,.0f} rows/s wall, "
        f"{cpu_rate:,.0f} per CPU-s)", ">= 50%", verdict(ratio >= 0.5))
    shutil.rmtree(out, ignore_errors=True)


def print_table():
    print()
    sizes = []
    if "ingest" not in SKIP:
        sizes.append(f"{SMALL}/{LARGE} articles")
    if "cold" not in SKIP:
        sizes.append(f"cold starts on {COLD_EVENTS:,} events")
    if "memory" not in SKIP:
        sizes.append(f"a {JSONL_MB} MB JSON Lines file")
    if "events" not in SKIP:
        sizes.append(f"{QUERY_EVENTS:,} events" + (" (reused database)" if REUSE_DB else ""))
    print(f"Annals benchmarks — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {CORES} cores, "
          f"{', '.join(sizes) or 'tagger only'}; load average at start {START_LOAD}, at end {loadavg()}")
    header = ("", "measure", "result", "target", "")
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(5)]
    widths[2] = min(widths[2], 90)
    line = "| " + " | ".join(str(h).ljust(w) for h, w in zip(header, widths)) + " |"
    print(line)
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print("| " + " | ".join(str(v).ljust(w) for v, w in zip(r, widths)) + " |")


def main():
    for tool in (ANNALS, BENCH):
        if not os.path.exists(tool):
            sys.exit(f"missing {tool}: run `swift build -c release` first (Benchmarks/run does)")
    os.makedirs(WORK, exist_ok=True)
    global START_LOAD
    START_LOAD = loadavg()
    try:
        if "ingest" not in SKIP:
            ingest_section()
        if "tagger" not in SKIP:
            tagger_section(corpus(SMALL))
        if "cold" not in SKIP:
            cold_section()
        if "memory" not in SKIP:
            memory_section()
        if "events" not in SKIP:
            events_section()
    finally:
        print_table()


if __name__ == "__main__":
    main()
