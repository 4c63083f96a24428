"""Start the crash tests' kiosk processes (:mod:`testkit.kiosk_harness`) from a parent that has already imported them.

Each crash test kills a kiosk process with SIGKILL and starts another on the same outbox, about seventy processes
per run. A fresh interpreter spends most of its time importing (pydantic models, requests, SQLite, the adapters);
here one parent imports them once and forks a child per kiosk, as a pre-loading process supervisor would (the
forkserver of :mod:`multiprocessing`, written out because the tests need a real child process they can signal and
whose exit status they read, not a worker pool). Every kiosk is still its own process: killed for real, its
successor starts with nothing in memory from it, and only the outbox on disk links them.

The parent (``python -m testkit.kiosk_launcher``) reads one JSON command per line on stdin, forks, tells the child's
pid, waits for it and tells its exit status (``-N`` when killed by signal N, as :class:`subprocess.Popen` does). It
is single-threaded and never opens a file, socket or database of its own before forking.
"""
from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import traceback
from pathlib import Path
from typing import IO, Any

from kiosk_app.paths import REPO_ROOT

MODULE = "testkit.kiosk_launcher"


class LaunchedKiosk:
    """A kiosk process forked by the launcher: the part of :class:`subprocess.Popen` the crash tests use."""

    def __init__(self, launcher: KioskLauncher, pid: int, stdout: Path, stderr: Path) -> None:
        self._launcher, self.pid, self._stdout, self._stderr = launcher, pid, stdout, stderr
        self.returncode: int | None = None

    def send_signal(self, signum: int) -> None:
        os.kill(self.pid, signum)

    def communicate(self, timeout: float) -> tuple[str, str]:
        """Wait for the process to end (at most ``timeout`` seconds); its whole stdout and stderr."""
        if self.returncode is None:
            self.returncode = int(self._launcher._read(timeout)["returncode"])
        return _text(self._stdout), _text(self._stderr)


def _text(path: Path) -> str:
    """What a kiosk wrote to ``path``; nothing when it was killed before it opened the file."""
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


class KioskLauncher:
    """The pre-imported parent; :meth:`start` one kiosk at a time (communicate with it before the next)."""

    def __init__(self, work: Path) -> None:
        self._work = work
        self._count = 0
        self._parent = subprocess.Popen([sys.executable, "-m", MODULE], cwd=REPO_ROOT, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)
        # its answers, line by line (a reader thread: a select() on the pipe would miss a line already buffered)
        self._answers: queue.Queue[str] = queue.Queue()
        self._listener = threading.Thread(target=self._listen, name="kiosk-launcher-answers", daemon=True)
        self._listener.start()

    def start(self, argv: list[str], env: dict[str, str]) -> LaunchedKiosk:
        """A kiosk running ``testkit.kiosk_harness`` with ``argv`` and these environment variables set ("" unsets)."""
        self._count += 1
        stdout, stderr = self._work / f"kiosk-{self._count}.out", self._work / f"kiosk-{self._count}.err"
        assert self._parent.stdin is not None
        self._parent.stdin.write(json.dumps({"argv": argv, "env": env, "stdout": str(stdout),
                                             "stderr": str(stderr)}) + "\n")
        self._parent.stdin.flush()
        return LaunchedKiosk(self, int(self._read(30)["pid"]), stdout, stderr)

    def _listen(self) -> None:
        assert self._parent.stdout is not None
        for line in self._parent.stdout:
            self._answers.put(line)
        self._answers.put("")  # the parent is gone

    def _read(self, timeout: float) -> dict[str, Any]:
        try:
            line = self._answers.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"the kiosk launcher did not answer within {timeout:.0f} s") from None
        if not line:
            raise RuntimeError("the kiosk launcher has exited")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def close(self) -> None:
        if self._parent.stdin is not None:
            self._parent.stdin.close()
        try:
            self._parent.wait(10)
        except subprocess.TimeoutExpired:
            self._parent.kill()
            self._parent.wait()
        self._listener.join(10)  # it read to the end of the parent's output
        if self._parent.stdout is not None:
            self._parent.stdout.close()

    def __enter__(self) -> KioskLauncher:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _child(command: dict[str, Any], harness_main: Any) -> int:
    """In the forked child: the command's environment and output files, then the harness's main."""
    for name, value in command["env"].items():
        if value:
            os.environ[name] = value
        else:
            os.environ.pop(name, None)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)  # the launcher's command pipe is not the kiosk's
    for fd, path in ((1, command["stdout"]), (2, command["stderr"])):
        out = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(out, fd)
        os.close(out)
    try:
        return int(harness_main(command["argv"]))
    except SystemExit as stop:  # as the interpreter ends on it: a number is the status, anything else is printed
        if stop.code is None or isinstance(stop.code, int):
            return stop.code or 0
        print(stop.code, file=sys.stderr)
        return 1
    except BaseException:  # noqa: BLE001 - a crash of the kiosk is reported as its exit status, as a process's is
        traceback.print_exc()
        return 1


def serve(commands: IO[str]) -> int:
    """The parent's loop: fork a kiosk per command, report its pid, then its exit status."""
    import kiosk_app.backend.opencps  # noqa: F401, PLC0415 - imported here once, for every child
    from testkit.kiosk_harness import main as harness_main  # noqa: PLC0415
    from testkit.opencps_sim import site  # noqa: F401, PLC0415

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the test process owns the terminal
    for line in commands:
        command = json.loads(line)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                code = _child(command, harness_main)
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        print(json.dumps({"pid": pid}), flush=True)
        _pid, status = os.waitpid(pid, 0)
        print(json.dumps({"pid": pid, "returncode": os.waitstatus_to_exitcode(status)}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(serve(sys.stdin))
