"""Two servers behind HAProxy (scripts/cluster.sh): one killed with SIGKILL under
load leaves no failed request at the balancer (health checks, retries, redispatch).
GET only: HAProxy replays a request whose connection failed or got no answer, but a
POST the dead server had started to handle is lost with it (the client sees a 502)."""

import subprocess
import threading
import time

from .conftest import CLUSTER, hammer

CLIENTS, SECONDS, KILL_AFTER = 20, 10, 3


def test_sigkill_of_one_server_under_load_fails_no_request(balancer):
    results: list = []
    until = time.monotonic() + SECONDS
    clients = [
        threading.Thread(target=hammer, args=(balancer + "/++api++/en", until, results))
        for _ in range(CLIENTS)
    ]
    for client in clients:
        client.start()
    time.sleep(KILL_AFTER)
    subprocess.run([*CLUSTER, "kill", "2"], check=True)
    for client in clients:
        client.join()
    try:
        failures = [r for r in results if r != 200]
        assert results, "no request was answered"
        assert failures == [], (
            f"{len(failures)} of {len(results)} failed: {failures[:5]}"
        )
        status = subprocess.run(
            [*CLUSTER, "status"], capture_output=True, text=True
        ).stdout
        assert "server2:down" in status
    finally:
        subprocess.run([*CLUSTER, "restart-server", "2"], check=False)
