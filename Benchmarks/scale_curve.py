"""The scale curve of Benchmarks/run ("h. scale"): what an ingest of each corpus size gives,
as table rows and as an SVG plot drawn here (no plotting library).

Each point: articles per second (wall, 2 cores) and per CPU-second, peak memory of the
ingest, database bytes per event, the in-process timeline p50 of a pair (with every mention,
and as the table shows it), and the CPU time of `annals timeline Azerbaijan NATO --format json`
as a whole process on that database.
"""

import math
from xml.sax.saxutils import escape


def point(articles, seconds, cpu, rss_mb, events, size_bytes, timeline, cold_wall_ms, cold_cpu_ms):
    return {
        "articles": articles, "per_s": articles / seconds, "per_cpu_s": articles / cpu, "rss_mb": rss_mb,
        "events": events, "bytes_per_event": size_bytes / max(events, 1),
        "pair_p50_ms": timeline["pair"]["p50_ms"], "pair_table_p50_ms": timeline["pair_table"]["p50_ms"],
        "pair_rows": timeline["pair"]["mean_rows"], "cold_wall_ms": cold_wall_ms, "cold_cpu_ms": cold_cpu_ms,
    }


def rows(points):
    """(measure, result) for each point, in the table's words."""
    for p in points:
        yield (f"{p['articles']:,} articles, {p['events']:,} events",
               f"{p['per_s']:,.0f} articles/s wall, {p['per_cpu_s']:,.0f} per CPU-s; peak {p['rss_mb']:.0f} MB; "
               f"{p['bytes_per_event']:,.0f} B/event; pair p50 {p['pair_p50_ms']:.2f} ms "
               f"({p['pair_table_p50_ms']:.2f} ms as a table; mean {p['pair_rows']:.0f} rows); "
               f"cold `timeline AZE NATO --format json` {p['cold_cpu_ms']:.1f} ms CPU, {p['cold_wall_ms']:.1f} ms wall")


PANELS = [
    ("Ingest, articles per second", [("per_s", "wall, 2 cores", "#1f6feb"), ("per_cpu_s", "per CPU-s", "#8250df")], ""),
    ("Peak memory of the ingest", [("rss_mb", "peak RSS", "#1a7f37")], " MB"),
    ("Database size per event", [("bytes_per_event", "bytes per event", "#9a6700")], " B"),
    ("Queries", [("pair_p50_ms", "pair p50, every mention", "#cf222e"),
                 ("pair_table_p50_ms", "pair p50, as a table", "#bf3989"),
                 ("cold_cpu_ms", "cold JSON query, CPU", "#0a3069")], " ms"),
]


def svg(points, title):
    """The four panels of the curve, articles on a logarithmic x axis."""
    width, height = 960, 680
    panel_w, panel_h = 390, 250
    margin_left, margin_top = 70, 60
    xs = [p["articles"] for p in points]
    lo, hi = math.log10(min(xs)), math.log10(max(xs))
    if hi - lo < 1e-9:
        lo, hi = lo - 0.5, hi + 0.5
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{width / 2}" y="24" text-anchor="middle" font-size="16">{escape(title)}</text>']
    for index, (name, series, unit) in enumerate(PANELS):
        ox = margin_left + (index % 2) * (panel_w + 90)
        oy = margin_top + (index // 2) * (panel_h + 60)
        top = max(max(p[key] for p in points) for key, _, _ in series) * 1.4 or 1
        out.append(f'<text x="{ox + panel_w / 2}" y="{oy - 12}" text-anchor="middle" font-size="14">{escape(name)}</text>')
        out.append(f'<rect x="{ox}" y="{oy}" width="{panel_w}" height="{panel_h}" fill="none" stroke="#999"/>')
        for tick in range(5):
            value = top * tick / 4
            y = oy + panel_h - panel_h * tick / 4
            out.append(f'<line x1="{ox}" x2="{ox + panel_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="#eee"/>')
            out.append(f'<text x="{ox - 6}" y="{y + 4:.1f}" text-anchor="end">{value:,.0f}{unit}</text>'
                       if top >= 20 else f'<text x="{ox - 6}" y="{y + 4:.1f}" text-anchor="end">{value:.1f}{unit}</text>')

        def x_of(articles):
            return ox + 30 + (panel_w - 60) * (math.log10(articles) - lo) / (hi - lo)

        for articles in xs:
            out.append(f'<text x="{x_of(articles):.1f}" y="{oy + panel_h + 16}" text-anchor="middle">{articles:,}</text>')
        for number, (key, label, colour) in enumerate(series):
            coordinates = [(x_of(p["articles"]), oy + panel_h - panel_h * p[key] / top) for p in points]
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coordinates)
            out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
            for (x, y), p in zip(coordinates, points):
                out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}"/>')
                out.append(f'<text x="{x:.1f}" y="{y - 8:.1f}" text-anchor="middle" fill="{colour}">'
                           f'{p[key]:,.1f}</text>' if p[key] < 100 else
                           f'<text x="{x:.1f}" y="{y - 8:.1f}" text-anchor="middle" fill="{colour}">{p[key]:,.0f}</text>')
            out.append(f'<text x="{ox + 8}" y="{oy + 16 + 15 * number}" fill="{colour}">{escape(label)}</text>')
    out.append(f'<text x="{width / 2}" y="{height - 8}" text-anchor="middle">articles ingested (log scale)</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
