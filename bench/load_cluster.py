"""bench/load.py --cluster: the same mix, through HAProxy, on scripts/cluster.sh's
cluster (PostgreSQL, Redis, the engine and the object store, one of each) with the demo
content. Three runs on that one cluster, so that nothing but the servers differs:

    one       server 2 stopped (`cluster.sh stop-server 2`: drained, out of the
              balancer, then stopped), so one server takes every request
    two       server 2 back (`restart-server 2`, in the balancer again)
    failover  two servers, server 2 killed (SIGKILL) a third into the run: every
              request counts at the balancer, those sent after the kill apart

Each run starts warm (each target requested once through the balancer). The cluster
runs in a state directory of its own on a fresh database (--cluster-db; CLUSTER_BASE_PORT
picks the ports); the shared services it had to start are stopped at the end, those
already running are left as they were (the engine loses this run's indices).
"""

import asyncio
import os
import re
import shutil
import subprocess
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from bench.load_client import discover, load, warm, weighted_targets
from bench.load_report import side_by_side, summarize

ROOT = Path(__file__).resolve().parent.parent
CLUSTER_SH = str(ROOT / "scripts" / "cluster.sh")
SERVICES = ["scripts/redis.sh", "scripts/storage.sh", "search/engine/run.sh"]
PHASES = {"one": "one server", "two": "two servers", "failover": "two, one killed"}
# manage.py with the cluster's settings, but tasks run at once: load_demo's index
# updates would otherwise still wait for the worker when the first run starts.
MANAGE = 'source "$1" && shift && TASKS_BACKEND=immediate exec .venv/bin/python manage.py "$@"'


class Cluster:
    """scripts/cluster.sh in a state directory of its own, with the demo content."""

    def __init__(self, args):
        self.state = Path(tempfile.mkdtemp(prefix="vetcms-load-cluster-"))
        self.env = {
            **os.environ,
            "CLUSTER_STATE_DIR": str(self.state),
            "CLUSTER_DB": args.cluster_db,
            "WEB_CONCURRENCY": str(args.workers),
            "PYTHON_THREADS": str(args.threads),
        }
        self.prefix = f"{args.cluster_db}_"
        self.services_down = []
        self.url = ""

    def sh(self, *args: str) -> str:
        reply = subprocess.run(
            ["bash", CLUSTER_SH, *args], env=self.env, cwd=ROOT, check=True,
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        return reply.stdout.strip()

    def start(self):
        self.services_down = [
            script for script in SERVICES
            if subprocess.run(["bash", script, "status"], env=self.env, cwd=ROOT,
                              capture_output=True).returncode == 3
        ]  # fmt: skip
        began = time.monotonic()
        print(f"starting the cluster in {self.state} ...", flush=True)
        self.url = self.sh("start").splitlines()[-1]
        print(f"  {time.monotonic() - began:.0f} s; loading the demo ...", flush=True)
        for command in (["load_demo", "-v0"], ["search_reindex", "--no-progress"]):
            self.manage(*command)
        print(f"  {time.monotonic() - began:.0f} s in all", flush=True)

    def manage(self, *command: str):
        log = self.state / "demo.log"
        with open(log, "a") as out:  # the engine client's logging is loud
            done = subprocess.run(
                ["bash", "-c", MANAGE, "manage", str(self.state / "env"), *command],
                cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
            )  # fmt: skip
        if done.returncode:
            raise SystemExit(f"{command} failed:\n{log.read_text()[-3000:]}")

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def stop(self):
        subprocess.run(["bash", CLUSTER_SH, "stop"], env=self.env, cwd=ROOT)
        if "search/engine/run.sh" not in self.services_down:
            self.drop_indices()
        for script in self.services_down:  # the ones we started
            subprocess.run(["bash", script, "stop"], env=self.env, cwd=ROOT)
        shutil.rmtree(self.state, ignore_errors=True)

    def drop_indices(self):
        """This run's indices, from an engine that stays up for others."""
        env = self.state / "env"
        found = re.search(
            r"SEARCH_URL=([^,\s]+)", env.read_text() if env.exists() else ""
        )
        if not found:
            return
        request = urllib.request.Request(  # any node of the engine will do
            f"{found[1]}/{self.prefix}*", method="DELETE"
        )
        try:
            urllib.request.urlopen(request, timeout=10).close()
        except OSError as exc:
            print(f"could not delete the {self.prefix}* indices: {exc}")


def run(cluster: Cluster, targets: list[str], args, kill_at: float | None = None):
    """One run through the balancer; with `kill_at`, SIGKILL of server 2 then."""
    print(f"  warm-up {warm(cluster.url, targets):.0f} s", flush=True)
    events = [(kill_at, lambda: cluster.sh("kill", "2"))] if kill_at else []
    results, elapsed = asyncio.run(
        load(cluster.port, targets, args.clients, args.duration, args.max_requests,
             events)
    )  # fmt: skip
    summary = summarize(results, elapsed, after=kill_at)
    print(
        f"  {summary['requests']} requests, {summary['throughput']:.1f} req/s, "
        f"errors {summary['errors'] or 0}",
        flush=True,
    )
    return summary


def phases(cluster: Cluster, targets: list[str], args) -> dict[str, dict]:
    columns = {}
    for phase in args.phases:
        print(f"{PHASES[phase]} ...", flush=True)
        if phase == "one":
            cluster.sh("stop-server", "2")
            print(f"  balancer: {cluster.sh('balancer')!r}", flush=True)
            columns[PHASES[phase]] = run(cluster, targets, args)
        else:
            cluster.sh("restart-server", "2")  # back in the balancer (no-op if up)
            print(f"  balancer: {cluster.sh('balancer')!r}", flush=True)
            kill_at = args.duration / 3 if phase == "failover" else None
            columns[PHASES[phase]] = run(cluster, targets, args, kill_at)
    return columns


def main(args):
    cluster = Cluster(args)
    try:
        started = time.monotonic()
        cluster.start()
        print(f"balancer at {cluster.url}: {cluster.sh('balancer')!r}", flush=True)
        kinds = discover(cluster.url)
        print("targets " + ", ".join(f"{k}: {len(v)}" for k, v in kinds.items()))
        columns = phases(cluster, weighted_targets(kinds), args)
        print(
            f"\n{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, through HAProxy, granian "
            f"{args.workers} workers × {args.threads} threads per server, "
            f"{args.clients} clients × {args.duration:.0f} s per run, machine load "
            f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
            f"(everything on this machine), {time.monotonic() - started:.0f} s in all\n"
        )
        print(side_by_side(columns))
    finally:
        cluster.stop()
