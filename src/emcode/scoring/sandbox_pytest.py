"""Run a job's test module through real pytest inside the sandbox's confined child; standalone module.

Imported by `sandbox_child.py` in the zygote (never by emcode itself), used after fork and
confinement when a job's tests need pytest: fixtures (``tmp_path``, ``monkeypatch``, ``capsys``,
conftest fixtures), ``parametrize``, marks, test classes. The same limits apply as for the bare
path because it runs in the same confined child. pytest runs in-process (``pytest.main``) with
plugin auto-loading off (no entry-point scan; installed third-party plugins are not loaded), no
cache provider, no terminal reporter (the job's stdout holds only what the tests print; ``-s``
lets prints through, ``capsys`` still captures), ``--basetemp`` inside the working directory, no
conftest or ini file looked up above it. A small plugin reports the same events as the bare path
on fd 3: ``collected`` (test names: the node id without ``test_job.py::``, e.g. ``test_add[1-2]``,
``TestApi::test_get``), one ``test`` event per test and ``done``.

Outcomes use the bare path's words: ``passed``; ``failed`` (an assertion or ``pytest.fail``);
``error`` (any other exception in the test, or a failing fixture setup/teardown); plus pytest's
``skipped``, ``xfailed`` and ``xpassed`` (a strict xpass is ``failed``). A module that fails to
import or collect, or a ``conftest.py`` that fails to import, is a job-level ``import`` error.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

TEST_FILE = "test_job.py"
DETAIL_CHARS = 2000
INI_FILES = ("pytest.ini", ".pytest.ini", "pyproject.toml", "tox.ini", "setup.cfg")
# plugins a sandboxed test run does not need; each costs start-up time (unraisableexception and
# threadexception force two full garbage collections per run), some write files or read the terminal
DISABLED = ("cacheprovider", "terminal", "pastebin", "junitxml", "stepwise", "faulthandler", "unraisableexception",
            "threadexception", "doctest", "setuponly", "setupplan", "debugging")
PRELOAD = ("_pytest.config", "_pytest.main", "_pytest.python", "_pytest.fixtures", "_pytest.runner",
           "_pytest.reports", "_pytest.skipping", "_pytest.capture", "_pytest.tmpdir", "_pytest.monkeypatch",
           "_pytest.recwarn", "_pytest.assertion", "_pytest.assertion.rewrite", "_pytest.logging",
           "_pytest.warnings", "_pytest.unittest", "_pytest.legacypath", "_pytest.raises", "_pytest.subtests",
           "_pytest.helpconfig", "_pytest.mark", "_pytest.terminal", "_pytest.pathlib", "_pytest.nodes")


class _Reporter:
    """pytest plugin: turns collection and run reports into the sandbox's event lines."""

    def __init__(self, emit: Callable[[dict], None]) -> None:
        self.emit = emit
        self.outcomes: dict[str, str] = {}
        self.details: dict[str, str] = {}
        self.collect_error: str | None = None

    @staticmethod
    def _name(nodeid: str) -> str:
        return nodeid.split("::", 1)[1] if "::" in nodeid else nodeid

    def pytest_collectreport(self, report: Any) -> None:
        if report.failed and self.collect_error is None:
            self.collect_error = str(report.longreprtext)[-DETAIL_CHARS:]

    def pytest_collection_finish(self, session: Any) -> None:
        if self.collect_error is not None:
            return
        self.emit({"event": "collected", "tests": [self._name(item.nodeid) for item in session.items]})

    def pytest_runtest_makereport(self, item: Any, call: Any) -> None:
        """Remember whether a failing test body raised an assertion (failed) or something else (error)."""
        import pytest

        if call.when == "call" and call.excinfo is not None:
            if call.excinfo.errisinstance(MemoryError):
                self.emit({"event": "error", "kind": "memory", "detail": "MemoryError in " + self._name(item.nodeid)})
            asserted = call.excinfo.errisinstance((AssertionError, pytest.fail.Exception))
            self.outcomes.setdefault(item.nodeid, "failed" if asserted else "error")

    def pytest_runtest_logreport(self, report: Any) -> None:
        key, prior = report.nodeid, self.outcomes.get(report.nodeid)
        if report.when == "call":
            if report.failed:
                outcome = prior if prior in ("failed", "error") else "failed"
            elif hasattr(report, "wasxfail"):
                outcome = "xfailed" if report.skipped else "xpassed"
            else:
                outcome = "skipped" if report.skipped else "passed"
            self.outcomes[key] = outcome
        elif report.failed:  # setup or teardown
            self.outcomes[key] = "error"
        elif report.when == "setup" and report.skipped:
            self.outcomes[key] = "xfailed" if hasattr(report, "wasxfail") else "skipped"
        if report.failed and key not in self.details:
            self.details[key] = str(report.longreprtext)[-DETAIL_CHARS:]

    def pytest_runtest_logfinish(self, nodeid: str, location: Any) -> None:
        self.emit({"event": "test", "name": self._name(nodeid), "outcome": self.outcomes.get(nodeid, "error"),
                   "detail": self.details.get(nodeid, "")})


def run(source: str, workdir: str, files: dict[str, str], emit: Callable[[dict], None]) -> int:
    """Write ``test_job.py``, run pytest on it in this process, report events; the exit code for the child."""
    import pytest

    path = os.path.join(workdir, TEST_FILE)
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    args = [path, "-s", *(arg for name in DISABLED for arg in ("-p", f"no:{name}")), f"--rootdir={workdir}",
            f"--confcutdir={workdir}", f"--basetemp={os.path.join(workdir, '.pytest-tmp')}", "-W", "ignore"]
    if not any(name in files for name in INI_FILES):
        args += ["-c", os.devnull]
    reporter = _Reporter(emit)
    code = pytest.main(args, plugins=[reporter])
    if reporter.collect_error is not None:
        emit({"event": "error", "kind": "import", "detail": reporter.collect_error})
        return 0
    if int(code) == 4:  # usage error: a conftest.py that fails to import, or a bad option in an ini file
        emit({"event": "error", "kind": "import", "detail": "pytest could not load the test files (a conftest.py "
                                                            "failed to import, or a bad ini option; see stderr)"})
        return 0
    if int(code) == 3:  # internal error
        emit({"event": "error", "kind": "crashed", "detail": "pytest stopped with an internal error; see stderr"})
        return 0
    emit({"event": "done"})
    return 0
