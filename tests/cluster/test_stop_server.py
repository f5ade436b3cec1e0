"""scripts/cluster.sh stop-server: a server taken out on purpose (bench/load.py's
one-server run) leaves the balancer first, so no request reaches it while it stops;
restart-server puts it back in, as HAProxy's own view (cluster.sh balancer) shows."""

import subprocess
import threading
import time

from .conftest import CLUSTER, hammer


def balancer_view() -> dict[str, str]:
    reply = subprocess.run(
        [*CLUSTER, "balancer"], capture_output=True, text=True, check=True
    )
    return dict(line.split(" ", 1) for line in reply.stdout.splitlines())


def test_stop_server_leaves_the_balancer_first_and_fails_no_request(balancer):
    results: list = []
    until = time.monotonic() + 8
    clients = [
        threading.Thread(target=hammer, args=(balancer + "/++api++/en", until, results))
        for _ in range(5)
    ]
    for client in clients:
        client.start()
    try:
        subprocess.run([*CLUSTER, "stop-server", "2"], check=True)
        assert balancer_view()["app2"].startswith("DOWN")
        for client in clients:
            client.join()
        failures = [r for r in results if r != 200]
        assert results and failures == [], f"{len(failures)} failed: {failures[:5]}"
    finally:
        subprocess.run([*CLUSTER, "restart-server", "2"], check=True)
    assert balancer_view() == {"app1": "UP", "app2": "UP"}
