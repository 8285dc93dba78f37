"""For the tests that run a server as a separate process on a loopback port."""

from __future__ import annotations

import socket
import subprocess
import sys


def free_port() -> int:
    """A TCP port free on 127.0.0.1 at the time of asking."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def uvicorn_command(port: int) -> list[str]:
    """``uvicorn --factory api.app:create_app`` on ``127.0.0.1:port``, settings from ``PGRAPH_*``."""
    command = [sys.executable, "-m", "uvicorn", "--factory", "api.app:create_app"]
    return command + ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]


def stop_process(process: subprocess.Popen, timeout: float = 10) -> None:
    """Terminate ``process``, and kill it if it has not ended after ``timeout`` seconds."""
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
