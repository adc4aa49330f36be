"""An app factory for ASGI servers run from the command line, configured by environment:

    GAWAHI_DB=sqlite:///gawahi.db GAWAHI_VAULT=gawahi-vault \\
        uvicorn --factory gawahi.web.asgi:app_from_env --host 127.0.0.1 --workers 2

GAWAHI_SECURE_COOKIES=1 when served over https (behind a TLS proxy); GAWAHI_DEV=1 while editing
templates (they are reloaded when changed; off by default: a stat() per template per page).

Or, with several workers that share the connections evenly (Linux):

    GAWAHI_DB=... GAWAHI_VAULT=... python -m gawahi.web.asgi --workers 2 --port 8765

uvicorn's own --workers share one listening socket, and the first worker to wake takes every
connection waiting at that moment: clients that connect together (a browser opens several
connections at once; so does a load test) can all land on one worker while the other idles.
Here each worker listens on its own socket bound with SO_REUSEPORT and the kernel spreads new
connections across them.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import sys
import time

from fastapi import FastAPI

from gawahi.web.app import create_app, tune_process


def app_from_env() -> FastAPI:
    db = os.environ.get("GAWAHI_DB", "sqlite:///gawahi.db")
    if "://" not in db:
        db = f"sqlite:///{db}"
    tune_process()
    return create_app(
        db,
        os.environ.get("GAWAHI_VAULT", "gawahi-vault"),
        secure_cookies=os.environ.get("GAWAHI_SECURE_COOKIES", "") in ("1", "true", "yes"),
    )


def _bind(host: str, port: int, reuse_port: bool) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuse_port:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock


def _worker(host: str, port: int, reuse_port: bool) -> None:
    import uvicorn

    sock = _bind(host, port, reuse_port)
    sock.listen(2048)
    config = uvicorn.Config("gawahi.web.asgi:app_from_env", factory=True, log_level="warning",
                            access_log=False, proxy_headers=False)
    uvicorn.Server(config).run(sockets=[sock])


def serve(host: str = "127.0.0.1", port: int = 8765, workers: int = 1) -> None:
    """Serve with `workers` processes, each listening on its own SO_REUSEPORT socket; a
    worker that dies is started again (unless it dies at start-up); SIGINT or SIGTERM stops
    them all."""
    if workers > 1 and not hasattr(socket, "SO_REUSEPORT"):
        print("gawahi: SO_REUSEPORT is not available here: serving with one worker (use "
              "uvicorn --workers for several)", file=sys.stderr)
    if workers <= 1 or not hasattr(socket, "SO_REUSEPORT"):
        _worker(host, port, reuse_port=False)
        return
    _bind(host, port, reuse_port=True).close()  # a port in use fails here, once
    children: dict[int, tuple[int, float]] = {}
    stopping = False

    def start(slot: int) -> None:
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            code = 1
            try:
                _worker(host, port, reuse_port=True)
                code = 0
            finally:
                os._exit(code)
        children[pid] = (slot, time.monotonic())

    def stop(_sig: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True
        for pid in list(children):
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    for slot in range(workers):
        start(slot)
    while children:
        try:
            pid, _status = os.wait()
        except ChildProcessError:
            break
        except InterruptedError:
            continue
        found = children.pop(pid, None)
        if found is None or stopping:
            continue
        slot, started = found
        if time.monotonic() - started < 5:
            print(f"gawahi: worker {pid} failed at start-up; stopping", file=sys.stderr)
            stop(signal.SIGTERM, None)
            continue
        print(f"gawahi: worker {pid} stopped; starting another", file=sys.stderr)
        start(slot)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m gawahi.web.asgi",
                                 description="Serve the workspace (GAWAHI_DB, GAWAHI_VAULT).")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args(argv)
    serve(args.host, args.port, args.workers)


if __name__ == "__main__":
    main()
