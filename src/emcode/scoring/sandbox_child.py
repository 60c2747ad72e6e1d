"""Zygote server and job child for `emcode.scoring.sandbox`; runs as a standalone script.

The parent starts this file with `python -I`. It sets up isolation once (`sandbox_jail.Jail`),
pre-imports common modules (pytest's own included, for `sandbox_pytest`), then reads one JSON job
per line on stdin, forks a confined child per job, and writes one JSON report per line on stdout. It never imports emcode, so nothing of
the scoring process leaks into jobs. The child reports events as JSON lines on fd 3.
"""

from __future__ import annotations

import gc
import importlib
import json
import os
import resource
import selectors
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable

import sandbox_pytest  # sibling modules; the launcher puts their dir on sys.path
from sandbox_jail import (
    PR_SET_PDEATHSIG,
    Jail,
    SandboxUnavailable,
    libc,
)

TEST_MODULE = "test_job"
DETAIL_CHARS = 2000
EVENTS_CAP = 4 * 2**20

PRELOAD = (  # imported once in the zygote, so jobs that use them start instantly; missing ones are skipped
    "json", "sqlite3", "hashlib", "hmac", "secrets", "base64", "binascii", "re", "subprocess", "pickle", "shlex",
    "shutil", "glob", "fnmatch", "tempfile", "pathlib", "datetime", "time", "decimal", "fractions", "math",
    "statistics", "random", "string", "uuid", "collections", "dataclasses", "typing", "functools", "itertools",
    "operator", "copy", "enum", "abc", "contextlib", "inspect", "ast", "textwrap", "struct", "threading",
    "unittest", "unittest.mock", "doctest", "pdb", "logging", "logging.handlers", "csv", "io", "zipfile",
    "tarfile", "gzip", "configparser", "argparse", "ipaddress", "mimetypes", "email", "email.message",
    "smtplib", "ssl", "socket", "html", "html.parser", "xml.etree.ElementTree", "xml.dom.minidom", "xml.sax",
    "urllib.parse", "urllib.request", "http.client", "http.server", "http.cookies", "asyncio",
    "yaml", "flask", "flask.testing", "werkzeug", "werkzeug.test", "werkzeug.security", "jinja2", "markupsafe",
    "click.testing", "lxml.etree", "defusedxml.ElementTree", "defusedxml.minidom", "cryptography.fernet",
    "cryptography.hazmat.primitives.hashes", "cryptography.hazmat.primitives.ciphers",
    "cryptography.hazmat.primitives.asymmetric.rsa", "cryptography.hazmat.primitives.kdf.pbkdf2",
    "jwt", "requests", "urllib3", "pytest", *sandbox_pytest.PRELOAD,
)


class Zygote:
    """Owns the jail; forks one confined child per job and collects what it reports."""

    def __init__(self) -> None:
        self.jail = Jail()
        self.preloaded = [name for name in PRELOAD if _try_import(name)]
        gc.collect()
        gc.freeze()  # preloaded objects: never scanned by a job's collections, their pages never copied for it

    def hello(self) -> dict:
        """The handshake line: ready, how many modules are preloaded, and what isolation we got."""
        return {"ready": True, "preloaded": len(self.preloaded), **self.jail.describe()}

    def run(self, job: dict) -> dict:
        """Run one job in a forked child; return its events, output, exit status and timing."""
        lim = job["limits"]
        workdir = tempfile.mkdtemp(prefix="emcode-sbx-")
        if self.jail.uid is not None:
            os.chown(workdir, self.jail.uid, self.jail.uid)
        pipes = [os.pipe() for _ in range(3)]  # stdout, stderr, events
        start = time.monotonic()
        pid = self.jail.fork()
        if pid == 0:
            _child_main(job, workdir, self.jail, [w for _, w in pipes])
        for _, w in pipes:
            os.close(w)
        out: dict = {"reason": "sandbox", "events": "", "stdout": "", "stderr": ""}
        try:
            out = _collect(pid, [r for r, _ in pipes], lim, start, self.jail.kill_all)
        finally:
            self.jail.kill_all(pid)
            _, status, usage = os.wait4(pid, 0)
            for r, _ in pipes:
                os.close(r)
            shutil.rmtree(workdir, ignore_errors=True)
            self.jail.wipe_tmp()
        out["exit"] = os.waitstatus_to_exitcode(status)
        out["cpu_s"] = usage.ru_utime + usage.ru_stime
        out["duration_s"] = time.monotonic() - start
        return out


def _try_import(name: str) -> bool:
    try:
        importlib.import_module(name)
        return True
    except Exception:  # noqa: BLE001 - an optional preload that fails is simply not preloaded
        return False


def _collect(pid: int, fds: list[int], lim: dict, start: float, kill: Callable[[int], None]) -> dict:
    """Read stdout/stderr/events until the child exits and its pipes drain, or wall clock/output runs out."""
    cap, hard_cap = lim["output_bytes"], 16 * lim["output_bytes"]
    bufs = {fd: bytearray() for fd in fds}
    total = {fd: 0 for fd in fds}
    events = bytearray()
    reason = None
    sel = selectors.DefaultSelector()
    for fd in fds:
        os.set_blocking(fd, False)
        sel.register(fd, selectors.EVENT_READ)
    pidfd = os.pidfd_open(pid)
    sel.register(pidfd, selectors.EVENT_READ)
    deadline = start + lim["wall_s"]
    exited = False
    while len(sel.get_map()) > (0 if exited else 1):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            reason = None if exited else "timeout"
            break
        for key, _ in sel.select(remaining):
            fd = key.fd
            if fd == pidfd:
                # The child is gone: kill leftovers so their pipe ends close, then drain for a moment.
                exited = True
                sel.unregister(pidfd)
                kill(pid)
                deadline = min(deadline, time.monotonic() + 1.0)
                continue
            try:
                chunk = os.read(fd, 1 << 16)
            except BlockingIOError:
                continue
            if not chunk:
                sel.unregister(fd)
                continue
            if fd == fds[2]:
                events += chunk[: max(0, EVENTS_CAP - len(events))]
                continue
            total[fd] += len(chunk)
            room = cap - len(bufs[fd])
            if room > 0:
                bufs[fd] += chunk[:room]
            if total[fds[0]] + total[fds[1]] > hard_cap:
                reason = "output_limit"
        if reason:
            break
    sel.close()
    os.close(pidfd)
    return {
        "reason": reason,
        "events": events.decode("utf-8", "replace"),
        "stdout": _text(bufs[fds[0]], total[fds[0]]),
        "stderr": _text(bufs[fds[1]], total[fds[1]]),
    }


def _text(buf: bytearray, total: int) -> str:
    """Decode captured output, noting how much was dropped."""
    text = buf.decode("utf-8", "replace")
    return text + (f"\n[... {total - len(buf)} more bytes dropped]" if total > len(buf) else "")


# ---------------------------------------------------------------- child side (after fork) ----------


def _child_main(job: dict, workdir: str, jail: Jail, wfds: list[int]) -> None:
    """Confine this forked process, run the job's tests, report events on fd 3; never returns."""
    code = 70
    try:
        os.setsid()
        null = os.open(os.devnull, os.O_RDONLY)
        for target, fd in ((0, null), (1, wfds[0]), (2, wfds[1]), (3, wfds[2])):
            os.dup2(fd, target)
        os.closerange(4, resource.getrlimit(resource.RLIMIT_NOFILE)[0])
        jail.confine(job["limits"], workdir)
        sys.stdin = open(0, closefd=False)  # noqa: SIM115 - lives as long as the process
        sys.stdout = open(1, "w", buffering=1, closefd=False, errors="backslashreplace")  # noqa: SIM115
        sys.stderr = open(2, "w", buffering=1, closefd=False, errors="backslashreplace")  # noqa: SIM115
        code = _run_job(job, workdir)
    except BaseException as e:  # noqa: BLE001 - report anything, then die; never return into the zygote
        _emit({"event": "error", "kind": "memory" if isinstance(e, MemoryError) else "crashed", "detail": _short(e)})
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except BaseException:  # noqa: BLE001, S110 - output is best effort on the way out
                pass
        os._exit(code)


def _emit(event: dict) -> None:
    """Write one event line to the result pipe (fd 3)."""
    data = (json.dumps(event) + "\n").encode()
    while data:
        data = data[os.write(3, data):]


def _short(exc: BaseException) -> str:
    """A short traceback without the harness's own frames; the tail is what says what went wrong."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    text = "".join(traceback.format_exception(type(exc), exc, tb))
    return text[-DETAIL_CHARS:]


def _kind(exc: BaseException, default: str) -> str:
    return "memory" if isinstance(exc, MemoryError) else default


def _run_job(job: dict, workdir: str) -> int:
    """Write files, then run the tests: through pytest (``runner`` "pytest"), else import the test module,
    call each top-level test_* function and report outcomes."""
    for rel, text in job["files"].items():
        path = os.path.join(workdir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    for rel, text in job["files"].items():
        if rel.endswith(".py"):
            try:
                compile(text, rel, "exec")
            except (SyntaxError, ValueError) as e:
                _emit({"event": "error", "kind": "syntax", "detail": _short(e)})
                return 0
            except MemoryError as e:
                _emit({"event": "error", "kind": "memory", "detail": _short(e)})
                return 0
    try:
        code = compile(job["test_source"], f"{TEST_MODULE}.py", "exec")
    except (SyntaxError, ValueError) as e:
        _emit({"event": "error", "kind": "test_syntax", "detail": _short(e)})
        return 0
    sys.path.insert(0, workdir)
    if job.get("runner") == "pytest":
        return sandbox_pytest.run(job["test_source"], workdir, job["files"], _emit)
    module = type(sys)(TEST_MODULE)
    module.__file__ = os.path.join(workdir, f"{TEST_MODULE}.py")
    sys.modules[TEST_MODULE] = module
    try:
        exec(code, module.__dict__)  # noqa: S102 - running the job's test module is the point
    except BaseException as e:  # noqa: BLE001 - SystemExit at import time is an import failure too
        _emit({"event": "error", "kind": _kind(e, "import"), "detail": _short(e)})
        return 0
    tests = [n for n, v in list(module.__dict__.items())
             if n.startswith("test_") and callable(v) and getattr(v, "__module__", None) == TEST_MODULE]
    _emit({"event": "collected", "tests": tests})
    for name in tests:
        outcome, detail = "passed", ""
        try:
            module.__dict__[name]()
        except AssertionError as e:
            outcome, detail = "failed", _short(e)
        except BaseException as e:  # noqa: BLE001 - a test calling sys.exit() is an error, not our exit
            outcome, detail = "error", _short(e)
            if isinstance(e, MemoryError):
                _emit({"event": "error", "kind": "memory", "detail": detail})
        _emit({"event": "test", "name": name, "outcome": outcome, "detail": detail})
    _emit({"event": "done"})
    return 0


def serve() -> None:
    """Zygote loop: jobs in on the original stdin, reports out on the original stdout, one JSON line each."""
    proto_in = os.fdopen(os.dup(0), "r", encoding="utf-8")
    proto_out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    libc.prctl(PR_SET_PDEATHSIG, 9, 0, 0, 0)  # die with the scoring process
    sys.path[:] = [p for p in sys.path if p != os.path.dirname(os.path.abspath(__file__))]
    try:
        zygote = Zygote()
    except SandboxUnavailable as e:
        proto_out.write(json.dumps({"ready": False, "error": str(e)}) + "\n")
        proto_out.flush()
        return
    proto_out.write(json.dumps(zygote.hello()) + "\n")
    proto_out.flush()
    for line in proto_in:
        try:
            report = zygote.run(json.loads(line))
        except Exception as e:  # noqa: BLE001 - a zygote-side failure becomes this job's error
            report = {"reason": "sandbox", "events": "", "stdout": "", "stderr": _short(e), "exit": None}
        proto_out.write(json.dumps(report) + "\n")
        proto_out.flush()


if __name__ == "__main__":
    serve()
