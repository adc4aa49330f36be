"""`python -m gawahi.web.asgi --workers N`: the parent accepts and hands each connection to
the worker with the fewest open. It serves, splits connections evenly, starts a worker again
when one dies, and stops them all on SIGTERM."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gawahi.store.db import Store
from tests.web.conftest import free_port, wait_healthy

pytestmark = pytest.mark.skipif(not hasattr(socket, "send_fds"), reason="Unix only")



def _children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def test_workers_share_the_connections_evenly_and_stop_together(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'w.db'}"
    Store(db).close()
    port = free_port()
    env = {**os.environ, "GAWAHI_DB": db, "GAWAHI_VAULT": str(tmp_path / "vault")}
    proc = subprocess.Popen([sys.executable, "-m", "gawahi.web.asgi", "--port", str(port),
                             "--workers", "2"], env=env)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_healthy(base)
        workers = _children(proc.pid)
        assert len(workers) == 2
        # Hold 40 connections open, each with one answered request: each went to the worker
        # with the fewest open, so they are split evenly (a kernel hash split 19/31 of 50).
        held = [_answered(port) for _ in range(40)]
        counts = _served(port, workers)
        assert sorted(counts.values()) == [20, 20], counts
        # Closed ones count as closed: the next 10 go to the worker that lost 10.
        lost, closed = workers[0], 0
        for conn in held:
            if closed < 10 and _owner(conn, workers) == lost:
                conn.close()
                closed += 1
        assert closed == 10
        time.sleep(0.2)
        more = [_answered(port) for _ in range(10)]
        counts = _served(port, workers)
        assert sorted(counts.values()) == [20, 20], counts
        for conn in held + more:
            conn.close()
        # A worker that dies is replaced, and serving goes on.
        os.kill(workers[0], signal.SIGKILL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            now = _children(proc.pid)
            if len(now) == 2 and workers[0] not in now:
                break
            time.sleep(0.2)
        assert len(now) == 2 and workers[0] not in now
        wait_healthy(base)
        for conn in [_answered(port) for _ in range(6)]:
            conn.close()
        workers = now
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
    assert proc.returncode == 0
    for pid in workers:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def _answered(port: int) -> socket.socket:
    conn = socket.create_connection(("127.0.0.1", port))
    conn.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
    assert b" 200 " in conn.recv(4096)
    return conn


def _owner(conn: socket.socket, workers: list[int]) -> int | None:
    """The worker serving `conn` (whose socket's peer is `conn`'s local address)."""
    out = subprocess.run(["ss", "-tnpH", "state", "established"], capture_output=True,
                         text=True).stdout
    host, port = conn.getsockname()
    local = f"{host}:{port}"
    for line in out.splitlines():
        cols = line.split()
        if len(cols) >= 4 and cols[3] == local:
            for pid in workers:
                if f"pid={pid}," in line:
                    return pid
    return None


def _served(port: int, workers: list[int]) -> dict[int, int]:
    """Open connections to `port` per worker (from ss: the socket's owner)."""
    out = subprocess.run(["ss", "-tnpH", "state", "established", f"( sport = :{port} )"],
                         capture_output=True, text=True).stdout
    return {pid: out.count(f"pid={pid},") for pid in workers}


def test_a_worker_that_cannot_start_stops_the_server(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "GAWAHI_DB": f"sqlite:///{tmp_path / 'no' / 'such' / 'dir.db'}",
           "GAWAHI_VAULT": str(tmp_path / "vault")}
    proc = subprocess.run([sys.executable, "-m", "gawahi.web.asgi", "--port", str(port),
                           "--workers", "2"], env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 1
    assert "failed at start-up" in proc.stderr
