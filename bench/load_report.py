"""The load test's figures: a run's results (latency s, status, path, start s) summed
up as requests, throughput, percentiles and answers by status, printed for one run or
side by side for several (bench/load_cluster.py: one server, two, failover)."""

import statistics
from collections import Counter


def percentile(latencies: list[float], p: float) -> float:
    """The p-th percentile of sorted latencies: the value below which p % of them lie
    (nearest rank, no interpolation: a latency that was really measured)."""
    return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))]


def is_error(status) -> bool:
    """Not answered, or answered 4xx/5xx: the mix asks only for pages that exist."""
    return not str(status).startswith(("2", "3"))


def summarize(results: list[tuple], elapsed: float, after: float | None = None) -> dict:
    """Figures of one run; with `after` (s into the run, e.g. when a server was
    killed) also the requests and errors of those sent from then on."""
    latencies = sorted(r[0] for r in results)
    statuses = Counter(str(r[1]) for r in results)
    summary = {
        "requests": len(results),
        "elapsed": elapsed,
        "throughput": len(results) / elapsed if elapsed else 0.0,
        "statuses": dict(sorted(statuses.items())),
        "errors": {s: n for s, n in sorted(statuses.items()) if is_error(s)},
    }
    if latencies:
        summary.update(
            {f"p{p}": percentile(latencies, p) * 1000 for p in (50, 95, 99)},
            max=latencies[-1] * 1000,
            mean=statistics.fmean(latencies) * 1000,
        )
    if after is not None:
        later = [r for r in results if r[3] >= after]
        summary["after"] = after
        summary["requests after"] = len(later)
        summary["errors after"] = sum(is_error(r[1]) for r in later)
    return summary


def _counts(counts: dict) -> str:
    return "  ".join(f"{s}: {n}" for s, n in counts.items()) or "0"


ROWS = [  # (label, how a summary shows in it)
    ("requests", lambda s: str(s["requests"])),
    ("throughput req/s", lambda s: f"{s['throughput']:.1f}"),
    ("p50 ms", lambda s: f"{s.get('p50', 0):.0f}"),
    ("p95 ms", lambda s: f"{s.get('p95', 0):.0f}"),
    ("p99 ms", lambda s: f"{s.get('p99', 0):.0f}"),
    ("max ms", lambda s: f"{s.get('max', 0):.0f}"),
    ("by status", lambda s: _counts(s["statuses"])),
    ("errors", lambda s: _counts(s["errors"]) if s["errors"] else "0"),
    ("killed at s", lambda s: f"{s['after']:.0f}" if "after" in s else "-"),
    ("requests after kill", lambda s: str(s.get("requests after", "-"))),
    ("errors after kill", lambda s: str(s.get("errors after", "-"))),
]


def side_by_side(columns: dict[str, dict]) -> str:
    """One table, a column per configuration (a Markdown table: README takes it
    as it is). Rows about a kill only when some column had one."""
    rows = [
        r
        for r in ROWS
        if "kill" not in r[0] or any("after" in s for s in columns.values())
    ]
    lines = [
        "| | " + " | ".join(columns) + " |",
        "|---|" + "---:|" * len(columns),
    ]
    for label, show in rows:
        lines.append(
            f"| {label} | " + " | ".join(show(s) for s in columns.values()) + " |"
        )
    return "\n".join(lines)
