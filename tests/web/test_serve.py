"""`python -m gawahi.web.asgi --workers N`: uvicorn workers each on its own SO_REUSEPORT
socket. It serves, spreads connections over the workers, and stops them all on SIGTERM."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from gawahi.store.db import Store
from tests.web.conftest import free_port, wait_healthy

pytestmark = pytest.mark.skipif(not hasattr(socket, "SO_REUSEPORT"), reason="Linux/BSD only")



def _children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def test_workers_share_the_port_and_stop_together(tmp_path: Path) -> None:
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
        # Connections opened together land on both workers (the kernel spreads them over
        # the workers' sockets): hold 40 open, each with one answered request.
        idle = {pid: _sockets(pid) for pid in workers}
        held = []
        for _ in range(40):
            conn = socket.create_connection(("127.0.0.1", port))
            conn.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            assert b" 200 " in conn.recv(4096)
            held.append(conn)
        counts = {pid: _sockets(pid) - idle[pid] for pid in workers}
        assert all(n >= 5 for n in counts.values()), counts
        assert sum(counts.values()) == 40
        for conn in held:
            conn.close()
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
    assert proc.returncode == 0
    for pid in workers:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def _sockets(pid: int) -> int:
    n = 0
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            n += os.readlink(fd).startswith("socket:")
        except FileNotFoundError:
            pass
    return n
