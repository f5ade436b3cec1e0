"""The Plone side of bench/plone.py: Plone 6.1.5 installed from PyPI into its own
virtualenv (never a project dependency), a WSGI instance, the site loaded from the
exported corpus (bench/plone_site.py, run by Plone's ``zconsole``), and ``runwsgi`` on
loopback with one waitress thread.

Plone's release constraints live on dist.plone.org, which may be unreachable; the pins
below are what works from PyPI alone: ZODB < 6.3, because the component.xml of ZODB
6.3 and 6.4 defines ``class-factory``, which Zope 5.14.2's wsgischema.xml also defines.
"""

import hashlib
import json
import os
import re
import subprocess
import time
import urllib.request
from pathlib import Path

from bench.load import free_port

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("VETCMS_CACHE_DIR", Path.home() / ".cache" / "vetcms"))
PLONE = CACHE / "plone-6.1.5"
PINS = """\
Plone==6.1.5
Products.CMFPlone==6.1.5
plone.restapi==9.15.7
plone.volto==5.2.4
plone.app.multilingual==9.0.2
Zope==5.14.2
ZODB<6.3
"""


def install() -> None:
    """Plone's virtualenv and a WSGI instance (admin:adminadmin), once."""
    if (PLONE / "env" / "bin" / "runwsgi").exists():
        return
    PLONE.mkdir(parents=True, exist_ok=True)
    (PLONE / "pins.txt").write_text(PINS)
    print(f"installing Plone 6.1.5 into {PLONE} (several minutes) ...", flush=True)
    subprocess.run(["python3.11", "-m", "venv", str(PLONE / "env")], check=True)
    pip = [str(PLONE / "env" / "bin" / "pip"), "install", "-q", "-c", "pins.txt"]
    subprocess.run(
        [
            *pip,
            "Plone==6.1.5",
            "plone.restapi",
            "plone.volto",
            "plone.app.multilingual",
        ],
        cwd=PLONE,
        check=True,
    )


def make_instance() -> None:
    if (PLONE / "instance" / "etc" / "zope.conf").exists():
        return
    subprocess.run(
        [
            str(PLONE / "env" / "bin" / "mkwsgiinstance"),
            "-d",
            "instance",
            "-u",
            "admin:adminadmin",
        ],
        cwd=PLONE,
        check=True,
    )


def zope_ini(port: int) -> Path:
    """The instance's zope.ini on ``port``, one waitress thread, no access log."""
    text = (PLONE / "instance" / "etc" / "zope.ini").read_text()
    text = re.sub(r"(?m)^port = .*$", f"port = {port}", text)
    text = re.sub(r"(?m)^threads = .*$", "threads = 1", text)
    if "threads = 1" not in text:
        text = text.replace(f"port = {port}", f"port = {port}\nthreads = 1")
    text = re.sub(r"(?m)^\s*translogger\s*$", "", text)
    text = text.replace("pipeline =\n    translogger\n", "pipeline =\n")
    path = PLONE / "instance" / "etc" / "bench.ini"
    path.write_text(text)
    return path


def load_plone(corpus: list[dict], languages: list[str]) -> None:
    """Create /Plone from the corpus unless the same corpus is there already."""
    digest = hashlib.sha256(json.dumps(corpus, sort_keys=True).encode()).hexdigest()
    marker = PLONE / "corpus.sha256"
    if marker.exists() and marker.read_text() == digest:
        return
    corpus_file = PLONE / "corpus.json"
    corpus_file.write_text(json.dumps(corpus))
    print(f"loading {len(corpus)} pages into Plone ...", flush=True)
    subprocess.run(
        [
            str(PLONE / "env" / "bin" / "zconsole"),
            "run",
            "instance/etc/zope.conf",
            str(ROOT / "bench" / "plone_site.py"),
            str(corpus_file),
            "Plone",
            ",".join(languages),
        ],
        cwd=PLONE,
        check=True,
    )
    marker.write_text(digest)


# -- servers ---------------------------------------------------------------------------


class PloneServer:
    """runwsgi on loopback with one waitress thread."""

    def __init__(self):
        self.port = free_port()
        self.process = None

    def start(self) -> None:
        log = open(PLONE / "bench-server.log", "w")
        self.process = subprocess.Popen(
            [str(PLONE / "env" / "bin" / "runwsgi"), str(zope_ini(self.port))],
            cwd=PLONE,
            start_new_session=True,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/Plone/++api++/en")
                return
            except OSError:
                if self.process.poll() is not None:
                    log = (PLONE / "bench-server.log").read_text()[-3000:]
                    raise SystemExit(log) from None
                time.sleep(0.5)
        raise SystemExit("Plone did not start")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, 15)
            self.process.wait(30)
