"""Servers on 127.0.0.1 for tests and benchmarks: free ports, helper processes, threaded HTTP servers."""

from __future__ import annotations

import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import ThreadingHTTPServer
from pathlib import Path


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, timeout: float = 30.0) -> bool:
    """Whether something listens on 127.0.0.1:port within `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return True
        time.sleep(0.2)
    return False


@contextmanager
def local_process(command: list[str], port: int, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """Run a server process listening on `port` for the duration of the block; stop it afterwards."""
    with log.open("a") as output:
        proc = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
        try:
            if not wait_for_port(port):
                raise RuntimeError(f"{Path(command[0]).name} did not start on port {port}; see {log}")
            yield proc
        finally:
            proc.terminate()
            proc.wait(timeout=15)


@contextmanager
def serving(server: ThreadingHTTPServer) -> Iterator[int]:
    """Serve in a background thread for the duration of the block; yields the port."""
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()


def chroma_command(path: Path, port: int) -> list[str]:
    """`chroma run` (the CLI that ships with chromadb) on 127.0.0.1."""
    import sys

    chroma = str(Path(sys.executable).parent / "chroma")
    return [chroma, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)]


def rss_mb() -> float:
    """Resident memory of this process now, in MB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")
