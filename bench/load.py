"""Load test: the production server on loopback with the demo site, N concurrent
clients for a fixed time over a mix of HTML pages, API content, listings and search.

    python bench/load.py [--clients 100] [--duration 60] [--workers 2] [--no-cache]
                         [--server granian|gunicorn|gunicorn-sync|uvicorn]
                         [--database sqlite:///path] [--search-url URL]
    python bench/load.py --cluster [--phases one,two,failover] [--cluster-db NAME] ...

It builds a throwaway SQLite demo database (or reuses --database), starts Redis with
scripts/redis.sh in its own directory (unless --no-cache) and the server with
scripts/serve.sh (or one of the other servers, for the comparison in README), waits for
/readyz, requests each target once (the cache starts warm, like a site in service;
--no-warm starts cold), then runs the clients (asyncio, keep-alive HTTP/1.1) until
--duration seconds or --max-requests requests, and prints requests, throughput,
p50/p95/p99/max and the answers by status. With --search-url the engine serves @search
(indices under a unique prefix, built with search_reindex, deleted afterwards); else
the database backend. Everything it started is stopped on exit.

--cluster runs the same mix through HAProxy on scripts/cluster.sh's cluster instead:
one server, two, and two with one killed mid-run, one table side by side
(bench/load_cluster.py).
"""

import argparse
import asyncio
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PYTHON = str(ROOT / ".venv" / "bin" / "python")

from bench import load_cluster  # noqa: E402
from bench.load_client import discover, load, warm, weighted_targets  # noqa: E402
from bench.load_report import summarize  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(cmd, env, **kwargs):
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, **kwargs)


def server_command(name: str, port: int, workers: int, threads: int) -> list[str]:
    """scripts/serve.sh (granian), or another server for the comparison (install it
    first: pip install gunicorn uvicorn)."""
    venv = ROOT / ".venv" / "bin"
    gunicorn = [str(venv / "gunicorn"), "cms.wsgi:application",
                "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
                "--no-control-socket"]  # fmt: skip
    if name == "granian":
        return ["bash", str(ROOT / "scripts" / "serve.sh")]
    if name == "gunicorn":
        return [*gunicorn, "--worker-class", "gthread", "--threads", str(threads)]
    if name == "gunicorn-sync":
        return [*gunicorn, "--worker-class", "sync"]
    if name == "uvicorn":
        return [str(venv / "uvicorn"), "cms.asgi:application", "--host", "127.0.0.1",
                "--port", str(port), "--workers", str(workers), "--no-access-log",
                "--log-level", "warning"]  # fmt: skip
    raise SystemExit(f"unknown server {name!r}")


class Stack:
    """The demo database, Redis and the server, started and stopped together."""

    def __init__(self, args):
        self.args = args
        self.work = Path(tempfile.mkdtemp(prefix="vetcms-load-"))
        self.port = free_port()
        self.server = None
        self.redis_env = {**os.environ, "REDIS_STATE_DIR": str(self.work / "redis")}
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "SECRET_KEY": "load-test-" + uuid.uuid4().hex * 2,
            "DATABASE_URL": args.database or f"sqlite:///{self.work}/db.sqlite3",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "STATIC_ROOT": str(self.work / "static"),
            "MEDIA_ROOT": str(self.work / "media"),
            "HOST": "127.0.0.1",
            "PORT": str(self.port),
            "WEB_CONCURRENCY": str(args.workers),
            "PYTHON_THREADS": str(args.threads),
            "SECURE_SSL_REDIRECT": "0",  # plain HTTP on loopback
            "SECURE_COOKIES": "0",
            "LOG_LEVEL": "WARNING",
            "SEARCH_URL": args.search_url or "",
            "SEARCH_INDEX_PREFIX": f"load_{uuid.uuid4().hex[:8]}_",
            "SEARCH_REPLICAS": "0",
        }

    def start(self):
        if not self.args.database:
            print(f"building the demo database in {self.work} ...", flush=True)
            run([PYTHON, "manage.py", "migrate", "--no-input", "-v0"], self.env)
            run([PYTHON, "manage.py", "load_demo", "-v0"], self.env,
                stdout=subprocess.DEVNULL)  # fmt: skip
        if self.args.search_url:
            run([PYTHON, "manage.py", "search_reindex"], self.env,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        if self.args.cache:
            url = subprocess.run(
                ["bash", "scripts/redis.sh", "start"], env=self.redis_env, cwd=ROOT,
                check=True, capture_output=True, text=True,
            ).stdout.strip()  # fmt: skip
            self.env["CACHE_URL"] = url
        if self.args.server != "granian":  # serve.sh does these itself
            for step in (["migrate"], ["collectstatic"]):
                run([PYTHON, "manage.py", *step, "--no-input", "-v0"], self.env)
        self.server = subprocess.Popen(
            server_command(self.args.server, self.port, self.args.workers,
                           self.args.threads),
            env=self.env, cwd=ROOT, start_new_session=True,
            stdout=open(self.work / "server.log", "w"), stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.wait_ready()

    def wait_ready(self, timeout=120):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.server.poll() is not None:
                raise SystemExit((self.work / "server.log").read_text()[-3000:])
            try:
                with urllib.request.urlopen(f"{self.base}/readyz", timeout=2) as r:
                    return json.load(r)
            except OSError:
                time.sleep(0.3)
        raise SystemExit(f"server not ready after {timeout}s")

    def static_check(self) -> str:
        """One hashed file from collectstatic's manifest, as WhiteNoise serves it."""
        manifest = json.loads((self.work / "static" / "staticfiles.json").read_text())
        name = next(v for k, v in manifest["paths"].items() if k.endswith(".css"))
        request = urllib.request.Request(
            f"{self.base}/static/{name}", headers={"Accept-Encoding": "gzip, br"}
        )
        with urllib.request.urlopen(request, timeout=10) as reply:
            headers = reply.headers
            return (
                f"/static/{name} {reply.status} {headers['Cache-Control']} "
                f"{headers.get('Content-Encoding', 'identity')}"
            )

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def stop(self):
        if self.server and self.server.poll() is None:
            os.killpg(self.server.pid, signal.SIGTERM)
            try:
                self.server.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.server.pid, signal.SIGKILL)
        if self.args.cache:
            subprocess.run(["bash", "scripts/redis.sh", "stop"], env=self.redis_env,
                           cwd=ROOT, capture_output=True)  # fmt: skip
        if self.args.search_url:
            prefix = self.env["SEARCH_INDEX_PREFIX"]
            request = urllib.request.Request(
                f"{self.args.search_url}/{prefix}*", method="DELETE"
            )
            try:
                urllib.request.urlopen(request, timeout=10).close()
            except OSError as exc:
                print(f"could not delete the {prefix}* indices: {exc}")
        shutil.rmtree(self.work, ignore_errors=True)


def report(results, elapsed, args):
    summary = summarize(results, elapsed)
    load1 = os.getloadavg()[0]
    print(
        f"\nserver {args.server}, {args.workers} workers × {args.threads} threads, "
        f"cache {'on (Redis)' if args.cache else 'off'}, {args.clients} clients, "
        f"{elapsed:.0f} s, machine load {load1:.1f} on {os.cpu_count()} cores"
    )
    print(f"requests     {summary['requests']}")
    print(f"throughput   {summary['throughput']:.1f} req/s")
    print(
        f"latency ms   p50 {summary['p50']:.0f}  p95 {summary['p95']:.0f}  "
        f"p99 {summary['p99']:.0f}  max {summary['max']:.0f}  mean {summary['mean']:.0f}"
    )
    print(
        "by status    " + "  ".join(f"{s}: {n}" for s, n in summary["statuses"].items())
    )
    errors = summary["errors"]
    print(f"errors       {sum(errors.values())} {errors or ''}")
    slowest = max(results, key=lambda r: r[0])
    print(f"slowest      {slowest[0] * 1000:.0f} ms {slowest[2]} ({slowest[1]})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--max-requests", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--server", default="granian")
    parser.add_argument("--no-cache", dest="cache", action="store_false")
    parser.add_argument(
        "--no-warm", dest="warm", action="store_false", help="start with a cold cache"
    )
    parser.add_argument("--database", help="reuse a demo database (DATABASE_URL)")
    parser.add_argument("--search-url", help="the engine (e.g. http://127.0.0.1:9250)")
    parser.add_argument(
        "--cluster", action="store_true", help="through HAProxy: 1 vs 2 servers"
    )
    parser.add_argument(
        "--phases",
        type=lambda v: v.split(","),
        default=["one", "two", "failover"],
        help="with --cluster: which runs, in order (one, two, failover)",
    )
    parser.add_argument(
        "--cluster-db", default="vetcms_load", help="with --cluster: made afresh"
    )
    args = parser.parse_args()
    if args.cluster:
        if unknown := set(args.phases) - set(load_cluster.PHASES):
            parser.error(
                f"unknown phases {sorted(unknown)}: {list(load_cluster.PHASES)}"
            )
        return load_cluster.main(args)

    stack = Stack(args)
    try:
        stack.start()
        print(f"server ready at {stack.base}: {stack.wait_ready()['status']}")
        print(f"static file  {stack.static_check()}")
        kinds = discover(stack.base)
        print("targets      " + ", ".join(f"{k}: {len(v)}" for k, v in kinds.items()))
        targets = weighted_targets(kinds)
        if args.cache and args.warm:
            print(f"warm-up      {warm(stack.base, targets):.0f} s", flush=True)
        results, elapsed = asyncio.run(
            load(
                stack.port,
                targets,
                args.clients,
                args.duration,
                args.max_requests,
            )
        )
        report(results, elapsed, args)
    finally:
        stack.stop()


if __name__ == "__main__":
    main()
