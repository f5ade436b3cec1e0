"""bench/load_report.py: the figures bench/load.py prints, from a run's results."""

from bench.load_report import percentile, side_by_side, summarize


def results(*rows):
    """(latency ms, status, sent s) rows as the clients record them."""
    return [(ms / 1000, status, "/en/", sent) for ms, status, sent in rows]


def test_percentile_is_a_measured_latency_by_nearest_rank():
    latencies = [float(n) for n in range(1, 101)]  # 1 … 100
    assert percentile(latencies, 50) == 51
    assert percentile(latencies, 99) == 100
    assert percentile([7.0], 95) == 7.0


def test_summary_counts_answers_and_latencies():
    run = results((10, 200, 0), (20, 200, 1), (30, 304, 2), (400, 502, 3))
    summary = summarize(run, elapsed=2.0)
    assert summary["requests"] == 4
    assert summary["throughput"] == 2.0
    assert summary["statuses"] == {"200": 2, "304": 1, "502": 1}
    assert round(summary["p50"]) == 30
    assert round(summary["max"]) == 400
    assert "after" not in summary


def test_errors_are_4xx_5xx_and_unanswered_requests_not_redirects():
    run = results((5, 200, 0), (5, 302, 0), (5, 404, 0), (5, "ConnectionResetError", 0))
    assert summarize(run, 1.0)["errors"] == {"404": 1, "ConnectionResetError": 1}


def test_requests_sent_after_the_kill_are_counted_apart():
    run = results((5, 200, 1.0), (5, 503, 2.0), (5, 200, 3.5), (5, 200, 4.0))
    summary = summarize(run, 5.0, after=3.0)
    assert summary["requests after"] == 2
    assert summary["errors after"] == 0
    assert summary["errors"] == {"503": 1}


def test_side_by_side_has_a_column_per_configuration():
    one = summarize(results((10, 200, 0)), 1.0)
    two = summarize(results((10, 200, 0), (10, 200, 0)), 1.0)
    table = side_by_side({"one server": one, "two servers": two}).splitlines()
    assert table[0] == "| | one server | two servers |"
    assert "| requests | 1 | 2 |" in table
    assert not any("kill" in line for line in table)


def test_side_by_side_shows_the_kill_rows_when_a_run_had_one():
    calm = summarize(results((10, 200, 0)), 1.0)
    killed = summarize(results((10, 200, 0), (10, 200, 2)), 3.0, after=1.0)
    table = side_by_side({"two servers": calm, "two, one killed": killed})
    assert "| requests after kill | - | 1 |" in table.splitlines()
