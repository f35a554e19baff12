"""Real triple stores on loopback for the push tests: Virtuoso 7 and ``oxigraph serve``.

Virtuoso comes from Debian's packages through the shared recipe
(``../shared/tools/virtuoso/ci-virtuoso.sh``), which installs it when missing (root or
passwordless sudo needed) and starts a private instance on free loopback ports with
anonymous SPARQL Update allowed; ``stop.sh --rm`` stops it and removes its folder at the
end of the session. When Virtuoso is neither installed nor installable, the tests that
need it are skipped with the reason; a Virtuoso that is there but does not start fails.

The Oxigraph server is the ``oxigraph`` PyPI package's binary, next to the venv's python
or on ``PATH``; skipped when missing.

Import the fixtures into a test module: ``from virtuoso_fixture import virtuoso, oxigraph_server``.
"""
from __future__ import annotations

import os
import shlex
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

__all__ = ["VIRTUOSO_TOOLS", "free_port", "virtuoso", "oxigraph_server", "wait_for_http"]

VIRTUOSO_TOOLS = Path(__file__).resolve().parents[2] / "shared" / "tools" / "virtuoso"
VIRTUOSO_SETUP_TIMEOUT = 900  # seconds: apt-get update + install on a fresh machine, then the start


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, deadline_s: float, process: subprocess.Popen | None = None) -> None:
    """Poll ``url`` until it answers 200, the process dies, or the deadline passes."""
    import requests
    end = time.monotonic() + deadline_s
    last = "no answer"
    while time.monotonic() < end:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited with status {process.returncode} during startup")
        try:
            if requests.get(url, timeout=2).status_code == 200:
                return
        except requests.RequestException as exc:
            last = type(exc).__name__
        time.sleep(0.2)
    raise RuntimeError(f"{url} not ready after {deadline_s} s ({last})")


def _virtuoso_installable() -> str | None:
    """``None`` when Virtuoso is there or can be installed; else why not."""
    if shutil.which("virtuoso-t") and shutil.which("isql-vt"):
        return None
    if not shutil.which("apt-get"):
        return "Virtuoso 7 is not installed (no virtuoso-t/isql-vt) and there is no apt-get to install it"
    if os.geteuid() == 0:
        return None
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode == 0:
        return None
    return ("Virtuoso 7 is not installed (no virtuoso-t/isql-vt) and cannot be installed here: "
            "not root and no passwordless sudo (run `bash ../shared/tools/virtuoso/ci-virtuoso.sh` as root once)")


def _parse_exports(stdout: str) -> dict[str, str]:
    env = {}
    for line in stdout.splitlines():
        if line.startswith("export "):
            key, _, value = line[len("export "):].partition("=")
            env[key] = shlex.split(value)[0] if value else ""
    return env


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A running Virtuoso 7 for the session: the ``VIRTUOSO_*`` values of ci-virtuoso.sh."""
    if not (VIRTUOSO_TOOLS / "ci-virtuoso.sh").is_file():
        pytest.skip(f"Virtuoso recipe not found at {VIRTUOSO_TOOLS} (checkout without ../shared)")
    why_not = _virtuoso_installable()
    if why_not:
        pytest.skip(why_not)
    work = tmp_path_factory.mktemp("virtuoso")
    http_port = free_port()
    sql_port = free_port()
    while sql_port == http_port:
        sql_port = free_port()
    env = {**os.environ, "VIRTUOSO_DIR": str(work / "db"), "VIRTUOSO_HTTP_PORT": str(http_port),
           "VIRTUOSO_SQL_PORT": str(sql_port), "VIRTUOSO_ALLOW_ANON_UPDATE": "1",
           "VIRTUOSO_STATE_FILE": str(work / "last"), "VIRTUOSO_START_TIMEOUT": "120"}
    t0 = time.monotonic()
    run = subprocess.run(["bash", str(VIRTUOSO_TOOLS / "ci-virtuoso.sh")], env=env, cwd=work, text=True,
                         capture_output=True, stdin=subprocess.DEVNULL, timeout=VIRTUOSO_SETUP_TIMEOUT)
    if run.returncode != 0:
        pytest.fail(f"ci-virtuoso.sh failed (status {run.returncode}):\n{run.stderr[-3000:]}", pytrace=False)
    values = _parse_exports(run.stdout)
    values["VIRTUOSO_STARTUP_SECONDS"] = f"{time.monotonic() - t0:.1f}"
    sys.stderr.write(f"\n[virtuoso] ready on 127.0.0.1:{http_port} in {values['VIRTUOSO_STARTUP_SECONDS']} s\n")
    try:
        yield values
    finally:
        stop = subprocess.run(["bash", str(VIRTUOSO_TOOLS / "stop.sh"), "--rm", values["VIRTUOSO_DIR"]],
                              env=env, text=True, capture_output=True, stdin=subprocess.DEVNULL, timeout=120)
        if stop.returncode != 0:
            sys.stderr.write(f"[virtuoso] stop.sh failed:\n{stop.stderr}\n")


def _oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """``oxigraph serve`` on a free loopback port: its query, update and Graph Store URLs."""
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path_factory.mktemp("oxigraph-log") / "server.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path_factory.mktemp("oxigraph-db")),
                                 "--bind", f"127.0.0.1:{port}"], stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)
    try:
        try:
            wait_for_http(f"{base}/query?query=ASK%7B%7D", 30, proc)
        except RuntimeError as exc:
            pytest.fail(f"oxigraph serve did not start: {exc}\n{log.read_text(errors='replace')[-2000:]}",
                        pytrace=False)
        yield {"query": f"{base}/query", "update": f"{base}/update", "gsp": f"{base}/store", "base": base}
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
