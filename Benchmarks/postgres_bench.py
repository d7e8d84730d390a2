#!/usr/bin/env python3
"""The PostgreSQL benchmarks (BENCHMARKS.md, "PostgreSQL"), run by Benchmarks/postgres.

Ingest: one SQLite writer and 1, 2 and 4 concurrent `annals ingest --jobs 1` workers
into one PostgreSQL database, over the same generated corpus (split into as many
folders, every N-th file each), each configuration on a fresh database, the
configurations interleaved round after round so that the load of a shared machine
falls on all of them alike. Reported: the median wall time as articles/s, and the
CPU time of the annals processes and of the PostgreSQL server (its backends and
helpers) per article.

Timeline: `annals timeline A B --format json` (a whole process, start-up included)
on SQLite and on PostgreSQL, alternated run after run; the median wall and CPU time.
On the ingested corpus, and on a database of synthetic events
(`annals-bench build-db`, copied to PostgreSQL with `annals copy`) when
PG_BENCH_EVENTS is not 0.

Environment: ANNALS (the binary), ANNALS_BENCH (annals-bench), ANNALS_POSTGRES_URL and
PGPASSWORD (the server, from .ci/postgres-cluster), POSTGRES_DATA (its data folder),
WORK, PG_BENCH_ARTICLES, PG_BENCH_ROUNDS (0: no ingest, only the synthetic timeline),
PG_BENCH_RUNS, PG_BENCH_EVENTS, PG_BENCH_PRECEDENCE (see take_precedence).
"""

import atexit
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time

ANNALS = os.environ["ANNALS"]
ANNALS_BENCH = os.environ.get("ANNALS_BENCH", "")
URL = os.environ["ANNALS_POSTGRES_URL"]
DATA = os.environ["POSTGRES_DATA"]
WORK = os.environ["WORK"]
ARTICLES = int(os.environ.get("PG_BENCH_ARTICLES", "2000"))
ROUNDS = int(os.environ.get("PG_BENCH_ROUNDS", "3"))
RUNS = int(os.environ.get("PG_BENCH_RUNS", "21"))
EVENTS = int(os.environ.get("PG_BENCH_EVENTS", "0"))
PRECEDENCE = os.environ.get("PG_BENCH_PRECEDENCE", "")
TICKS = os.sysconf("SC_CLK_TCK")


def log(message):
    print(message, file=sys.stderr, flush=True)


def database_url(name):
    return URL.rsplit("/", 1)[0] + "/" + name


def psql(command, url=URL):
    return subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", url, "-c", command],
                          check=True, capture_output=True, text=True).stdout.strip()


def server_cpu():
    """CPU seconds of the server so far: the postmaster, the backends it reaped and its live children."""
    with open(os.path.join(DATA, "postmaster.pid")) as f:
        postmaster = int(f.readline())

    def fields(pid):
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()

    head = fields(postmaster)
    ticks = sum(int(head[i]) for i in (11, 12, 13, 14))  # utime, stime, cutime, cstime
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            stat = fields(pid)
        except OSError:
            continue
        if int(stat[1]) == postmaster:
            ticks += int(stat[11]) + int(stat[12])
    return ticks / TICKS


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def shard(count):
    """The corpus split into `count` folders, every count-th file each (hard links)."""
    folder = os.path.join(WORK, f"shards{count}")
    if os.path.isdir(folder):
        return [os.path.join(folder, str(i)) for i in range(count)]
    files = sorted(os.path.join(root, name) for root, _, names in os.walk(os.path.join(WORK, "corpus", "articles"))
                   for name in names if name.endswith(".md"))
    for index, path in enumerate(files):
        target = os.path.join(folder, str(index % count))
        os.makedirs(target, exist_ok=True)
        os.link(path, os.path.join(target, f"{index}.md"))
    return [os.path.join(folder, str(i)) for i in range(count)]


def ingest(config, round_number):
    """One ingest of the whole corpus; (wall s, annals CPU s, server CPU s)."""
    if config == "sqlite":
        db = os.path.join(WORK, f"ingest-{round_number}.sqlite")
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
        folders, target = [os.path.join(WORK, "corpus", "articles")], db
    else:
        workers = int(config)
        name = f"bench_{workers}_{round_number}"
        psql(f"DROP DATABASE IF EXISTS {name}")
        psql(f"CREATE DATABASE {name}")
        target = database_url(name)
        # The schema and the built-in actors first, so that the timing is the ingest's alone.
        subprocess.run([ANNALS, "ingest", os.path.join(WORK, "empty"), "--db", target, "--quiet"], check=True)
        folders = shard(workers)
    cpu, server, start = children_cpu(), server_cpu(), time.monotonic()
    processes = [subprocess.Popen([ANNALS, "ingest", folder, "--db", target, "--jobs", "1", "--quiet"])
                 for folder in folders]
    for process in processes:
        if process.wait() != 0:
            raise SystemExit(f"ingest {config} failed")
    wall = time.monotonic() - start
    return wall, children_cpu() - cpu, (server_cpu() - server) if config != "sqlite" else 0.0


def timeline_pair(sqlite_path):
    """The pair whose event count is nearest the event-weighted mean (what a random event's pair holds)."""
    db = sqlite3.connect(sqlite_path)
    counts = db.execute("SELECT actor_low, actor_high, count(*) FROM event_actor_pairs GROUP BY 1, 2").fetchall()
    db.close()
    mean = sum(c * c for _, _, c in counts) / max(1, sum(c for _, _, c in counts))
    low, high, count = min(counts, key=lambda row: abs(row[2] - mean))
    return low, high, count


def timelines(label, sqlite_path, postgres_url, pair):
    """`annals timeline` on both stores, alternated; median wall and CPU ms of each."""
    results = {"sqlite": ([], []), "postgres": ([], [])}
    for _ in range(RUNS):
        for store, db in (("sqlite", sqlite_path), ("postgres", postgres_url)):
            cpu, start = children_cpu(), time.monotonic()
            out = subprocess.run([ANNALS, "timeline", pair[0], pair[1], "--format", "json", "--db", db],
                                 check=True, capture_output=True).stdout
            results[store][0].append((time.monotonic() - start) * 1000)
            results[store][1].append((children_cpu() - cpu) * 1000)
    sizes = out.count(b'"id"')
    for store in ("sqlite", "postgres"):
        wall, cpu = results[store]
        print(f"| timeline {pair[0]} {pair[1]}, {label}, {store} | p50 {statistics.median(wall):.1f} ms wall, "
              f"{statistics.median(cpu):.1f} ms CPU (client) | {RUNS} runs |", flush=True)
    ratio = statistics.median(results["postgres"][0]) / statistics.median(results["sqlite"][0])
    print(f"| timeline {pair[0]} {pair[1]}, {label}, PostgreSQL / SQLite | {ratio:.2f}x wall p50 | "
          f"{pair[2]:,} events in the pair |", flush=True)


def take_precedence():
    """With PG_BENCH_PRECEDENCE set (a nice value, e.g. -20): on Linux, whose scheduler gives each
    session (autogroup) an equal share of the cores, the workers of one run share one session's
    share and the server has another, however many workers there are; while other sessions
    keep the cores busy, more workers cannot get more CPU. Raising the weight of this session
    and of the server's lets the run use the machine as if it were idle (root only)."""
    if not PRECEDENCE:
        return
    with open(os.path.join(DATA, "postmaster.pid")) as f:
        postmaster = int(f.readline())
    for pid in ("self", str(postmaster)):
        with open(f"/proc/{pid}/autogroup", "w") as f:
            f.write(PRECEDENCE)
    log(f"autogroup nice {PRECEDENCE} for this run and the server")
    # The session outlives the run: its weight is given back at the end.
    atexit.register(lambda: open("/proc/self/autogroup", "w").write("0"))


def main():
    os.makedirs(os.path.join(WORK, "empty"), exist_ok=True)
    take_precedence()
    if ROUNDS > 0:
        ingests()
    if EVENTS > 0 and ANNALS_BENCH:
        synthetic_timelines()


def ingests():
    """The ingest rounds, then the pair timeline on the corpus they stored."""
    configs = ["sqlite", "1", "2", "4"]
    measured = {config: [] for config in configs}
    for round_number in range(ROUNDS):
        for config in configs:
            result = ingest(config, round_number)
            measured[config].append(result)
            log(f"round {round_number + 1}/{ROUNDS} {config}: {result[0]:.1f} s wall, "
                f"{result[1]:.1f} s annals CPU, {result[2]:.1f} s server CPU")
    print(f"| ingest of {ARTICLES:,} articles, --jobs 1 per process | median of {ROUNDS} interleaved rounds | |")
    print("|---|---|---|")
    single = None
    for config in configs:
        rows = sorted(measured[config])
        wall, cpu, server = rows[len(rows) // 2]
        name = "SQLite, 1 writer" if config == "sqlite" else f"PostgreSQL, {config} worker(s)"
        rate = ARTICLES / wall
        if config == "1":
            single = rate
        scale = f", {rate / single:.2f}x one worker" if single and config != "1" and config != "sqlite" else ""
        print(f"| {name} | {rate:,.0f} articles/s wall ({wall:.1f} s){scale} | "
              f"CPU: annals {cpu:.1f} s, server {server:.1f} s = {1000 * (cpu + server) / ARTICLES:.1f} ms/article |",
              flush=True)
    last = ROUNDS - 1
    sqlite_path = os.path.join(WORK, f"ingest-{last}.sqlite")
    pair = timeline_pair(sqlite_path)
    timelines(f"{ARTICLES:,}-article corpus", sqlite_path, database_url(f"bench_4_{last}"), pair)


def synthetic_timelines():
    """The pair timeline on a database of synthetic events, in SQLite and copied to PostgreSQL
    (the copy kept when a database `bench_events` with as many events is there already)."""
    synthetic = os.path.join(WORK, f"events-{EVENTS}.sqlite")
    if not os.path.exists(synthetic):
        log(f"building {EVENTS:,} synthetic events")
        subprocess.run([ANNALS_BENCH, "build-db", synthetic, "--events", str(EVENTS)], check=True,
                       stdout=subprocess.DEVNULL)
    db = sqlite3.connect(synthetic)
    events = db.execute("SELECT count(*) FROM events").fetchone()[0]
    db.close()
    target = database_url("bench_events")
    try:
        copied = int(psql("SELECT count(*) FROM events", target))
    except subprocess.CalledProcessError:
        copied = -1
    if copied != events:
        psql("DROP DATABASE IF EXISTS bench_events")
        psql("CREATE DATABASE bench_events")
        start = time.monotonic()
        subprocess.run([ANNALS, "copy", "--from", synthetic, "--to", target], check=True, stderr=subprocess.DEVNULL)
        log(f"copied to PostgreSQL in {time.monotonic() - start:.0f} s")
        psql("VACUUM ANALYZE", target)
    # The names stored, as an ingest stores them, so that both look names up.
    for db in (synthetic, target):
        subprocess.run([ANNALS, "ingest", os.path.join(WORK, "empty"), "--db", db, "--quiet"], check=True)
    timelines(f"{EVENTS:,} synthetic events ({events:,} after merging)", synthetic, target, timeline_pair(synthetic))


if __name__ == "__main__":
    main()
