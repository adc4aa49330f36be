"""An app factory for ASGI servers run from the command line, configured by environment:

    GAWAHI_DB=sqlite:///gawahi.db GAWAHI_VAULT=gawahi-vault \\
        uvicorn --factory gawahi.web.asgi:app_from_env --host 127.0.0.1 --workers 2

GAWAHI_SECURE_COOKIES=1 when served over https (behind a TLS proxy); GAWAHI_DEV=1 while editing
templates (they are reloaded when changed; off by default: a stat() per template per page).

Or, with several workers that share the connections evenly (Linux, macOS):

    GAWAHI_DB=... GAWAHI_VAULT=... python -m gawahi.web.asgi --workers 2 --port 8765

Why not uvicorn's own --workers: they share one listening socket, and the first worker to wake
takes every connection waiting at that moment, so clients that connect together (a browser
opens several connections at once; so does a load test) can all land on one worker while the
other idles (9/41 of 50 measured). One SO_REUSEPORT socket per worker is better but still
uneven: the kernel spreads connections by a hash of their addresses (19/31 measured). Here the
parent process accepts every connection and hands it (SCM_RIGHTS over a Unix socket pair) to
the worker with the fewest open connections; the workers serve them with uvicorn. Connections
are kept alive, so the hand-off costs once per connection, not per request.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import mmap
import os
import selectors
import signal
import socket
import struct
import sys
import time
from dataclasses import dataclass, field
from typing import Any, cast

from fastapi import FastAPI

from gawahi.web.app import create_app, tune_process


def app_from_env() -> FastAPI:
    db = os.environ.get("GAWAHI_DB", "sqlite:///gawahi.db")
    if "://" not in db:
        db = f"sqlite:///{db}"
    app = create_app(
        db,
        os.environ.get("GAWAHI_VAULT", "gawahi-vault"),
        secure_cookies=os.environ.get("GAWAHI_SECURE_COOKIES", "") in ("1", "true", "yes"),
        warm_first=True,
    )
    tune_process()  # after the warm-up: the caches it built are frozen out of collections
    return app


def _config() -> Any:
    import uvicorn

    return uvicorn.Config("gawahi.web.asgi:app_from_env", factory=True, log_level="warning",
                          access_log=False, proxy_headers=False)


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    return sock


# -- workers --------------------------------------------------------------------------------

# Per worker, in shared memory: connections it has seen closed, and whether it is serving.
_SLOT = struct.Struct("qq")


def _fed_server_class() -> Any:
    import uvicorn

    class FedServer(uvicorn.Server):
        """uvicorn with no listening socket of its own: connections arrive, already accepted,
        over `channel` from the parent, and are served as uvicorn serves its own. It counts
        the ones that have closed in `closed` (shared with the parent, which picks the
        worker with the fewest open)."""

        def __init__(self, config: Any, channel: socket.socket, closed: mmap.mmap,
                     slot: int) -> None:
            super().__init__(config)
            self.channel, self.closed, self.slot = channel, closed, slot
            self.n_closed = 0

        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=[])  # lifespan, app loaded (and warmed); no socket
            if self.should_exit:
                return
            loop = asyncio.get_running_loop()
            config = self.config
            make: Any = config.http_protocol_class  # its constructor is uvicorn's, not asyncio's

            def protocol() -> asyncio.Protocol:
                # As uvicorn builds one per connection it accepts (Server.startup), counted
                # when its connection is lost.
                made: Any = make(
                    config=config, server_state=self.server_state,
                    app_state=self.lifespan.state)
                lost = made.connection_lost

                def connection_lost(exc: Exception | None) -> None:
                    try:
                        lost(exc)
                    finally:
                        self._count_closed()

                made.connection_lost = connection_lost
                return cast(asyncio.Protocol, made)

            self.channel.setblocking(False)
            loop.add_reader(self.channel.fileno(), self._receive, loop, protocol)
            self._publish()  # serving from now on

        def _publish(self) -> None:
            _SLOT.pack_into(self.closed, self.slot * _SLOT.size, self.n_closed, 1)

        def _count_closed(self) -> None:
            self.n_closed += 1
            self._publish()

        def _receive(self, loop: asyncio.AbstractEventLoop, protocol: Any) -> None:
            while True:
                try:
                    msg, fds, _flags, _addr = socket.recv_fds(self.channel, 64, 64)
                except (BlockingIOError, InterruptedError):
                    return
                if not msg and not fds:  # the parent has gone: stop
                    loop.remove_reader(self.channel.fileno())
                    self.should_exit = True
                    return
                for fd in fds:
                    conn = socket.socket(fileno=fd)
                    conn.setblocking(False)
                    task = loop.create_task(loop.connect_accepted_socket(protocol, conn))
                    task.add_done_callback(functools.partial(self._connected, conn=conn))

        def _connected(self, task: asyncio.Future[Any], conn: socket.socket) -> None:
            if task.cancelled() or task.exception() is not None:  # never served: closed
                conn.close()
                self._count_closed()

    return FedServer


def _fed_worker(channel: socket.socket, closed: mmap.mmap, slot: int) -> None:
    _fed_server_class()(_config(), channel, closed, slot).run()


# -- the parent -------------------------------------------------------------------------------


@dataclass
class _Worker:
    pid: int
    channel: socket.socket  # the parent's end
    sent: int = 0  # connections handed to this worker


@dataclass
class _Balancer:
    """Accepts connections and hands each to the worker with the fewest open."""

    listener: socket.socket
    n: int
    closed: mmap.mmap = field(init=False)
    workers: dict[int, _Worker] = field(default_factory=dict)  # slot -> worker
    turn: int = 0

    def __post_init__(self) -> None:
        self.closed = mmap.mmap(-1, _SLOT.size * self.n)  # shared with the forked workers

    def open_connections(self, slot: int) -> int:
        return self.workers[slot].sent - _SLOT.unpack_from(self.closed, slot * _SLOT.size)[0]

    def serving(self, slot: int) -> bool:
        return bool(_SLOT.unpack_from(self.closed, slot * _SLOT.size)[1])

    def start(self, slot: int) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        # Cleared before the fork: cleared after it, it could erase the new worker's "serving".
        _SLOT.pack_into(self.closed, slot * _SLOT.size, 0, 0)
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                self.listener.close()
                ours.close()
                for other in self.workers.values():
                    other.channel.close()
                _fed_worker(theirs, self.closed, slot)
                code = 0
            finally:
                os._exit(code)
        theirs.close()
        self.workers[slot] = _Worker(pid, ours)

    def dispatch(self, conn: socket.socket) -> None:
        """Hand `conn` to the least busy worker (ties in turn); close it if none takes it."""
        self.turn += 1
        order = sorted(self.workers, key=lambda s: (self.open_connections(s),
                                                    (s - self.turn) % self.n))
        try:
            for slot in order:
                w = self.workers[slot]
                try:
                    socket.send_fds(w.channel, [b"c"], [conn.fileno()])
                except OSError:  # the worker has just died; it will be started again
                    continue
                w.sent += 1
                return
        finally:
            conn.close()  # the worker holds its own copy now


def serve(host: str = "127.0.0.1", port: int = 8765, workers: int = 1) -> None:
    """Serve with `workers` processes sharing the connections (see the module's note); a
    worker that dies is started again (unless it dies before it began serving: then the
    others are stopped too, as the same error would stop each); SIGINT or SIGTERM stops them
    all."""
    import uvicorn

    listener = _bind(host, port)
    listener.listen(2048)
    if workers <= 1 or not hasattr(socket, "send_fds"):
        if workers > 1:
            print("gawahi: passing sockets between processes is not available here: serving "
                  "with one worker (use uvicorn --workers for several)", file=sys.stderr)
        uvicorn.Server(_config()).run(sockets=[listener])
        return
    bal = _Balancer(listener, workers)
    stopping = False
    failed = False

    def stop(_sig: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True
        for w in bal.workers.values():
            try:
                os.kill(w.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    for slot in range(workers):
        bal.start(slot)
    listener.setblocking(False)
    sel = selectors.DefaultSelector()
    sel.register(listener, selectors.EVENT_READ)
    while bal.workers:
        if not stopping:
            for _key, _ev in sel.select(timeout=0.2):
                while True:  # every connection waiting, each to the least busy worker
                    try:
                        conn, _addr = listener.accept()
                    except (BlockingIOError, InterruptedError):
                        break
                    bal.dispatch(conn)
        else:
            time.sleep(0.05)
        failed = _reap(bal, stopping, stop) or failed
    sel.close()
    listener.close()
    if failed:
        raise SystemExit(1)


def _reap(bal: _Balancer, stopping: bool, stop: Any) -> bool:
    """Collect workers that have exited; start another in a dead one's slot. True when one
    failed before it began serving (and all are being stopped)."""
    failed = False
    while bal.workers:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            bal.workers.clear()
            break
        if pid == 0:
            break
        slot = next((s for s, w in bal.workers.items() if w.pid == pid), None)
        if slot is None:
            continue
        was_serving = bal.serving(slot)
        dead = bal.workers.pop(slot)
        dead.channel.close()
        if stopping:
            continue
        if not was_serving:
            print(f"gawahi: worker {pid} failed at start-up; stopping", file=sys.stderr)
            stop(signal.SIGTERM, None)
            failed = stopping = True
            continue
        print(f"gawahi: worker {pid} stopped; starting another", file=sys.stderr)
        bal.start(slot)
    return failed


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
