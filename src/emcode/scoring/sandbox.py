"""Run untrusted Python (model-written or scenario code) with its tests, contained and fast.

This is the only place emcode executes generated code. Each job runs in a child process forked
from a long-lived *zygote* (`sandbox_child.py`, started with `python -I`, with common modules such
as flask, sqlite3, yaml, lxml, cryptography, jwt, requests and pytest pre-imported), so a job costs
a fork instead of an interpreter start-up. A test module of plain ``test_*`` functions is run by
calling them (the fast path); one that needs pytest (fixtures such as ``tmp_path``/``monkeypatch``/
``capsys``, ``parametrize``, marks, test classes, a ``conftest.py``) runs through real pytest in the
same confined child (`sandbox_pytest.py`), with the same limits; see :class:`TestJob`'s ``runner``.
Per-test outcomes: ``passed``, ``failed`` (assertion), ``error`` (other exception, fixture error),
and under pytest ``skipped``/``xfailed``/``xpassed``; a job passes when none failed and one passed. Isolation (`sandbox_jail.py`), before job code runs:

- PID namespace: the job is init of a fresh one; it cannot see or signal the scoring process, and
  when it exits the kernel kills everything it left behind, even processes that called setsid();
- network namespace with only its own loopback (fallback: an audit hook refusing non-Unix
  connect/bind/send from Python code; C code and subprocesses are not stopped by it);
- as root: a dedicated unprivileged uid per zygote (so RLIMIT_NPROC is enforced and counts only
  that job, and jobs cannot signal each other); it cannot write the home directory or the repo. If
  the interpreter lives in a private home (/root/.pyenv), that home is covered by an empty tmpfs
  with only the interpreter bound back read-only. Not root: a user namespace gives the namespaces,
  but the job keeps the caller's uid and CAN write wherever the caller can;
- private size-capped tmpfs on /tmp, /var/tmp and /dev/shm, wiped after every job;
- RLIMIT_CPU, RLIMIT_AS (the zygote's existing mappings plus `memory_mb`), RLIMIT_NPROC,
  RLIMIT_FSIZE, no core files; the wall clock is enforced from outside;
- a fresh working directory (HOME and TMPDIR point there); stdout/stderr captured up to
  `output_bytes` each, and a job writing more than 16x that in total is killed ("output_limit").

If neither a PID namespace nor a separate uid is possible, or we are root without a separate uid,
the sandbox refuses to start (EmcodeError) unless EMCODE_SANDBOX_ALLOW_WEAK=1. `isolation()` says
what this machine achieved. Not contained: reading world-readable files, and code that
deliberately forges its own result events (tests run in the same process as the code under test).
"""

from __future__ import annotations

import ast
import json
import os
import select
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath

from emcode.errors import EmcodeError

_CHILD = Path(__file__).with_name("sandbox_child.py")
# -I ignores PYTHONPATH and user site; the zygote imports its sibling modules by path, never emcode.
_LAUNCH = f"import sys; sys.path.insert(0, {str(_CHILD.parent)!r}); import sandbox_child; sandbox_child.serve()"
_TEST_FILE = "test_job.py"
RUNNERS = ("auto", "bare", "pytest")
_FINE = ("passed", "skipped", "xfailed")  # outcomes that do not fail a job (at least one test must pass)
_DETAIL_CHARS = 2000
_ZYGOTE_ENV = ("PATH", "LANG", "LC_ALL", "EMCODE_SANDBOX_DISABLE", "EMCODE_SANDBOX_ALLOW_WEAK")
_START_TIMEOUT_S = 60.0
_SLACK_S = 30.0  # how long past wall_s the parent waits before declaring the zygote itself hung


@dataclass(frozen=True)
class Limits:
    """Per-job resource limits."""

    wall_s: float = 10.0
    cpu_s: float = 10.0
    memory_mb: int = 1024
    nproc: int = 32
    output_bytes: int = 64_000
    file_size_mb: int = 16


@dataclass(frozen=True)
class TestJob:
    """Files to write into a fresh working dir plus a test module to run against them.

    ``runner``: "bare" calls the module's top-level ``test_*`` functions (fastest); "pytest" runs the
    module through real pytest (fixtures, parametrize, marks, test classes, a ``conftest.py`` among the
    files); "auto" (default) picks pytest only when the module needs it (:func:`needs_pytest`).
    """

    __test__ = False  # not a pytest test class
    id: str
    files: dict[str, str]
    test_source: str
    runner: str = "auto"


@dataclass
class TestResult:
    """Outcome of one job: per-test outcomes, a job-level error kind, captured output."""

    __test__ = False
    id: str
    passed: bool
    tests: dict[str, str] = field(default_factory=dict)
    error: str | None = None
    detail: str = ""
    stdout: str = ""
    stderr: str = ""
    duration_s: float = 0.0


def run_tests(
    jobs: Sequence[TestJob], limits: Limits = Limits(), workers: int | None = None, progress: bool = False
) -> list[TestResult]:
    """Run every job in the sandbox on `workers` zygotes; results come back in job order."""
    for job in jobs:
        _check_job(job)
    if not jobs:
        return []
    n = max(1, min(workers or os.cpu_count() or 1, len(jobs)))
    # decided here, before the worker threads start: ast.parse in several threads shares one recursion counter and
    # can raise "SystemError: AST constructor recursion depth mismatch" on CPython 3.11.7 (CPython gh-106905); it
    # failed a CI run here once
    runners = [resolve_runner(job) for job in jobs]
    results: list[TestResult | None] = [None] * len(jobs)
    cursor = iter(range(len(jobs)))
    lock = threading.Lock()
    done = [0]
    started = time.monotonic()
    zygotes: list[_Zygote] = []
    failures: list[BaseException] = []

    def work(zygote: _Zygote) -> None:
        try:
            zygote.wait_ready()
            while True:
                with lock:
                    i = next(cursor, None) if not failures else None
                if i is None:
                    return
                results[i] = zygote.run(jobs[i], limits, runners[i])
                with lock:
                    done[0] += 1
                    if progress and (done[0] % 100 == 0 or done[0] == len(jobs)):
                        rate = done[0] / max(time.monotonic() - started, 1e-9)
                        print(f"sandbox: {done[0]}/{len(jobs)} jobs ({rate:.1f}/s)", file=sys.stderr)
        except BaseException as e:  # noqa: BLE001 - re-raised in the caller's thread below
            failures.append(e)

    try:
        for _ in range(n):  # all start in parallel; each thread waits for its zygote's handshake
            zygotes.append(_Zygote())
        threads = [threading.Thread(target=work, args=(z,), daemon=True) for z in zygotes]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        for z in zygotes:
            z.close()
    if failures:
        raise failures[0]
    return [r for r in results if r is not None]


@lru_cache(maxsize=1)
def isolation() -> dict:
    """What this machine's sandbox achieves: network, pid_ns, uid, user_ns, notes (starts one zygote)."""
    zygote = _Zygote()
    try:
        zygote.wait_ready()
        return dict(zygote.hello)
    finally:
        zygote.close()


def network_isolation() -> str:
    """'netns' when jobs get a private network namespace, else 'fallback:<how>'."""
    return str(isolation()["network"])


def needs_pytest(test_source: str, files: dict[str, str] | None = None) -> bool:
    """Whether a test module needs real pytest: a ``conftest.py``, a test class, a ``pytestmark``, a decorated
    function (fixture, parametrize, mark) or a test function with parameters (fixtures). False if it does not parse."""
    if files and any(PurePosixPath(name).name == "conftest.py" for name in files):
        return True
    try:
        tree = ast.parse(test_source)
    except (SyntaxError, ValueError):
        return False
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
            return True
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "pytestmark" for t in node.targets):
            return True
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            decorators = " ".join(ast.unparse(d) for d in node.decorator_list)
            if decorators and (node.name.startswith("test") or "pytest" in decorators or "fixture" in decorators):
                return True
            if node.name.startswith("test_") and (node.args.args or node.args.kwonlyargs or node.args.posonlyargs):
                return True
    return False


def resolve_runner(job: TestJob) -> str:
    """The runner a job gets: its ``runner`` unless "auto", then pytest when :func:`needs_pytest` says so."""
    if job.runner != "auto":
        return job.runner
    return "pytest" if needs_pytest(job.test_source, job.files) else "bare"


def _check_job(job: TestJob) -> None:
    """Reject file names that would escape the working dir or shadow the test module, and unknown runners."""
    if job.runner not in RUNNERS:
        raise EmcodeError(f"sandbox job {job.id!r}: runner {job.runner!r} is not one of {', '.join(RUNNERS)}")
    for name in job.files:
        parts = PurePosixPath(name).parts
        if not name or name.startswith("/") or ".." in parts or name == _TEST_FILE:
            raise EmcodeError(
                f"sandbox job {job.id!r}: file name {name!r} must be a relative path without '..' "
                f"and not {_TEST_FILE!r}; rename it"
            )


class _Zygote:
    """Parent-side handle on one zygote process: send a job line, read a result line, restart if it dies."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[bytes] | None = None
        self._buf = b""
        self.hello: dict = {}
        self._spawn()

    def _spawn(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-I", "-c", _LAUNCH],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            start_new_session=True,
            close_fds=True,
            env={k: v for k, v in os.environ.items() if k in _ZYGOTE_ENV},  # no secrets in forked memory
        )
        self._buf = b""
        self.hello = {}

    def wait_ready(self) -> None:
        """Wait for the zygote's handshake; raise EmcodeError if it cannot start or cannot isolate jobs."""
        if self.hello:
            return
        line = self._read_line(_START_TIMEOUT_S)
        if not line:
            self.close()
            raise EmcodeError(f"sandbox: the zygote {_CHILD} did not start; run `{sys.executable} {_CHILD}` to see why")
        self.hello = json.loads(line)
        if not self.hello.get("ready"):
            self.close()
            raise EmcodeError(f"sandbox: cannot isolate jobs on this machine: {self.hello.get('error')}")

    def _read_line(self, timeout: float) -> bytes | None:
        """Read one line from the zygote, or None if it dies or exceeds `timeout`."""
        assert self.proc is not None and self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buf:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
                return None
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                return None
            self._buf += chunk
        line, _, self._buf = self._buf.partition(b"\n")
        return line

    def run(self, job: TestJob, limits: Limits, runner: str) -> TestResult:
        """Run one job with ``runner`` (:func:`resolve_runner`'s); a dead or hung zygote becomes this job's 'sandbox'
        error and is restarted."""
        assert self.proc is not None and self.proc.stdin is not None
        message = json.dumps({"id": job.id, "files": job.files, "test_source": job.test_source,
                              "limits": asdict(limits), "runner": runner})
        try:
            self.proc.stdin.write(message.encode() + b"\n")
            self.proc.stdin.flush()
            line = self._read_line(limits.wall_s + _SLACK_S)
        except OSError:
            line = None
        if line is None:
            self.close()
            self._spawn()
            self.wait_ready()
            return TestResult(id=job.id, passed=False, error="sandbox", detail="the sandbox zygote died or hung")
        return _to_result(job.id, json.loads(line), limits)

    def close(self) -> None:
        if self.proc is None:
            return
        proc, self.proc = self.proc, None
        try:
            if proc.stdin:
                proc.stdin.close()
            proc.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()


def _to_result(job_id: str, raw: dict, limits: Limits) -> TestResult:
    """Turn the zygote's raw report (event lines, exit status, output) into a TestResult."""
    tests: dict[str, str] = {}
    error: str | None = raw.get("reason")
    detail = ""
    finished = False
    for line in raw.get("events", "").splitlines():
        try:
            event = json.loads(line)
        except json.JSONDecodeError:
            continue
        kind = event.get("event")
        if kind == "collected":
            tests = {str(name): "error" for name in event.get("tests", [])}
        elif kind == "test" and event.get("name") in tests:
            tests[event["name"]] = event.get("outcome", "error")
            if event.get("outcome") not in _FINE and not detail:
                detail = f"{event['name']}: {event.get('detail', '')}"
        elif kind == "error":
            error = error or event.get("kind", "crashed")
            detail = detail or event.get("detail", "")
        elif kind == "done":
            finished = True
    exit_code = raw.get("exit")
    if error is None and not finished:
        if raw.get("cpu_s", 0.0) >= max(1.0, limits.cpu_s) - 0.05:
            error = "timeout"
        else:
            error = "crashed"
            detail = detail or f"the job process ended early (exit status {exit_code})"
    if error is None and not tests:
        error = "no_tests"
    if error == "timeout" and not detail:
        detail = f"exceeded wall {limits.wall_s}s / CPU {limits.cpu_s}s"
    if error == "output_limit" and not detail:
        detail = f"wrote more than {16 * limits.output_bytes} bytes of output"
    passed = (error is None and all(v in _FINE for v in tests.values())
              and any(v == "passed" for v in tests.values()))
    return TestResult(
        id=job_id,
        passed=passed,
        tests=tests,
        error=error,
        detail=detail[-_DETAIL_CHARS:],
        stdout=raw.get("stdout", ""),
        stderr=raw.get("stderr", ""),
        duration_s=float(raw.get("duration_s", 0.0)),
    )
