"""bench/load_client.py's clients against a real HTTP/1.1 server: every kind of body
is read to its end, so that the next request on the kept-alive connection parses."""

import asyncio
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench.load_client import load


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive unless told otherwise

    def do_GET(self):
        body = b"x" * 300
        if self.path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for part in (body[:100], body[100:]):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
            return
        self.send_response(404 if self.path == "/missing" else 200)
        self.send_header("Content-Length", str(len(body)))
        if self.path == "/close":
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def port():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_clients_read_every_body_and_keep_their_connections(port):
    targets = ["/length", "/chunked", "/close", "/missing"]
    results, _ = asyncio.run(load(port, targets, 3, 60, max_requests=40))
    assert len(results) == 40
    for _, status, path, _ in results:
        assert status == (404 if path == "/missing" else 200), path


def test_an_event_runs_during_the_run(port):
    ran = []
    asyncio.run(load(port, ["/length"], 2, 60, 10, events=[(0, lambda: ran.append(1))]))
    assert ran == [1]


def test_a_refused_connection_is_recorded_as_an_error():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    closed_port = server.server_address[1]
    server.server_close()  # nothing listens there now
    results, _ = asyncio.run(load(closed_port, ["/length"], 1, 60, max_requests=2))
    assert [status for _, status, _, _ in results] == ["ConnectionRefusedError"] * 2
