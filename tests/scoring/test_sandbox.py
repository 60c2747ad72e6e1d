"""Sandbox tests: normal outcomes plus one hostile job per containment property.

Everything runs in ONE batch (module fixture) so zygotes start once; every hostile job is followed
by a normal passing job, which shows the batch went on past it.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from pathlib import Path

import pytest

from emcode.errors import EmcodeError
from emcode.scoring.sandbox import Limits, TestJob, TestResult, isolation, network_isolation, run_tests

LIMITS = Limits(wall_s=3.0, cpu_s=1.0, memory_mb=128, nproc=16, output_bytes=4096, file_size_mb=1)
TOKEN = uuid.uuid4().hex  # marks processes spawned by hostile jobs so we can look for survivors
REPO = Path(__file__).resolve().parents[2]
HOME = Path.home()
SOLUTION = {"solution.py": "def add(a, b):\n    return a + b\n"}
GOOD_TEST = "from solution import add\n\ndef test_add():\n    assert add(2, 3) == 5\n"


def _job(name: str, test_source: str, files: dict[str, str] | None = None) -> TestJob:
    return TestJob(id=name, files=SOLUTION if files is None else files, test_source=test_source)


PYTEST_MODULE = (
    "import pytest\n"
    "from solution import add\n\n"
    "@pytest.fixture\n"
    "def ten():\n    return 10\n\n"
    "@pytest.mark.parametrize(('a', 'b', 'total'), [(1, 2, 3), (2, 2, 5)])\n"
    "def test_add(a, b, total):\n    assert add(a, b) == total\n\n"
    "def test_fixtures(tmp_path, monkeypatch, capsys, ten, shared):\n"
    "    (tmp_path / 'f.txt').write_text('hi')\n"
    "    monkeypatch.setenv('EMCODE_X', '1')\n"
    "    print('swallowed')\n"
    "    assert capsys.readouterr().out == 'swallowed\\n'\n"
    "    assert (tmp_path / 'f.txt').read_text() == 'hi' and ten + shared == 11\n"
    "    print('shown')\n\n"
    "class TestClass:\n    def test_method(self):\n        assert add(1, 1) == 2\n\n"
    "@pytest.mark.skip(reason='not today')\ndef test_skipped():\n    pass\n\n"
    "@pytest.mark.xfail\ndef test_expected_failure():\n    assert False\n\n"
    "def test_raises_other():\n    raise KeyError('k')\n\n"
    "@pytest.fixture\ndef broken():\n    raise RuntimeError('fixture broke')\n\n"
    "def test_broken_fixture(broken):\n    pass\n"
)
CONFTEST = {"conftest.py": "import pytest\n\n@pytest.fixture\ndef shared():\n    return 1\n"}


def _pytest_hostile_jobs(port: int, home_target: Path, repo_target: Path) -> dict[str, tuple[str, dict[str, str]]]:
    """Hostile test files that need pytest (fixtures, parametrize, conftest): source and extra files, by job id."""
    mark = f"import os\nos.environ['EMCODE_SANDBOX_TEST'] = {TOKEN!r}\n"
    return {
        "pt_network": (("import socket, pytest\n@pytest.fixture\ndef conn():\n"
                       f"    return socket.create_connection(('127.0.0.1', {port}), timeout=1)\n"
                       "def test_send(conn):\n    conn.sendall(b'escaped')\n"), {}),
        "pt_write_home": (f"def test_write(tmp_path):\n    open({str(home_target)!r}, 'w').write('pwned')\n", {}),
        "pt_conftest_writes_repo": ("def test_x(tmp_path):\n    pass\n",
                                    {"conftest.py": f"open({str(repo_target)!r}, 'w').write('pwned')\n"}),
        "pt_fork_bomb": (mark + "import time, pytest\n@pytest.mark.parametrize('n', [1, 2])\ndef test_bomb(n):\n"
                         "    try:\n        while True:\n            if os.fork() == 0:\n                time.sleep(60)"
                         "\n                os._exit(0)\n    except OSError:\n        print('fork refused', flush=True)"
                         "\n    time.sleep(60)\n", {}),
        "pt_sleep_in_fixture": (("import time, pytest\n@pytest.fixture\ndef slow():\n    time.sleep(60)\n"
                                "def test_x(slow):\n    pass\n"), {}),
    }


def _hostile_jobs(port: int, home_target: Path, repo_target: Path) -> dict[str, str]:
    """Test-module sources of hostile jobs, keyed by job id."""
    mark = f"import os\nos.environ['EMCODE_SANDBOX_TEST'] = {TOKEN!r}\n"
    return {
        "infinite_loop": "def test_spin():\n    while True:\n        pass\n",
        "c_level_loop": "def test_spin():\n    sum(range(10**13))\n",
        "fork_bomb": mark + (
            "import time\n"
            "def test_bomb():\n"
            "    made = 0\n"
            "    try:\n"
            "        for _ in range(10_000):\n"
            "            if os.fork() == 0:\n"
            "                time.sleep(60)\n"
            "                os._exit(0)\n"
            "            made += 1\n"
            "    except OSError:\n"
            "        print('fork refused after', made, flush=True)\n"
            "    time.sleep(60)\n"
        ),
        "escaped_daemon": mark + (
            "import time\n"
            "def test_daemon():\n"
            "    if os.fork() == 0:\n"
            "        os.setsid()\n"
            "        if os.fork() == 0:\n"
            "            time.sleep(60)\n"
            "        os._exit(0)\n"
            "    time.sleep(0.2)\n"
            "    assert False, 'left a daemon behind'\n"
        ),
        "memory_bomb": "def test_eat():\n    blocks = []\n    while True:\n        blocks.append(bytearray(16 * 2**20))\n",
        "write_home": f"def test_write():\n    open({str(home_target)!r}, 'w').write('pwned')\n",
        "write_repo": f"def test_write():\n    open({str(repo_target)!r}, 'w').write('pwned')\n",
        "network": (
            "import socket\n"
            "def test_connect():\n"
            f"    s = socket.create_connection(('127.0.0.1', {port}), timeout=1)\n"
            "    s.sendall(b'escaped')\n"
        ),
        "kill_parent": (
            "import os, signal\n"
            "def test_kill():\n"
            f"    for pid in (os.getppid(), {os.getpid()}{'' if isolation()['weak'] else ', -1'}):\n"
            "        try:\n"
            "            os.kill(pid, signal.SIGKILL)\n"
            "        except OSError:\n"
            "            pass\n"
            "    try:\n"
            "        os.killpg(os.getpgid(os.getppid()), signal.SIGKILL)\n"
            "    except OSError:\n"
            "        pass\n"
            "    assert False, 'still here'\n"
        ),
        "print_gigabytes": "import sys\ndef test_flood():\n    line = 'x' * 2**20\n    for _ in range(4096):\n        sys.stdout.write(line)\n",
        "write_fd_gigabytes": "import os\ndef test_flood():\n    block = b'y' * 2**20\n    for _ in range(4096):\n        os.write(2, block)\n",
        "big_file": "def test_fill():\n    with open('big.bin', 'wb') as f:\n        for _ in range(64):\n            f.write(b'z' * 2**20)\n",
    }


class _Listener:
    """A loopback TCP server in the test process that records whether anything connected."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()


def _survivors() -> list[int]:
    """Pids of processes carrying TOKEN in their environment (left by hostile jobs)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if TOKEN.encode() in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> dict:
    listener = _Listener()
    home_target = HOME / f".emcode-sandbox-test-{TOKEN}"
    repo_target = REPO / f"emcode-sandbox-test-{TOKEN}"
    normal = [
        _job("pass", GOOD_TEST),
        _job("fail_assert", "from solution import add\n\ndef test_add():\n    assert add(2, 2) == 5, 'arith'\n"),
        _job("syntax", GOOD_TEST, {"solution.py": "def add(a, b)\n    return a + b\n"}),
        _job("import_error", "import solution\nimport no_such_module_xyz\n\ndef test_x():\n    pass\n"),
        _job("no_tests", "import solution\nVALUE = 1\n"),
        _job("per_test", (
            "from solution import add\n"
            "def test_ok():\n    assert add(1, 1) == 2\n"
            "def test_bad():\n    assert add(1, 1) == 3\n"
            "def test_raises():\n    raise ValueError('boom')\n"
            "def helper():\n    raise AssertionError('not a test')\n"
        )),
        _job("stdout", "import sys\ndef test_print():\n    print('hello from job')\n    print('warn', file=sys.stderr)\n"),
        _job("hard_exit", "import os\ndef test_a():\n    pass\ndef test_b():\n    os._exit(0)\n"),
        _job("sys_exit", "import sys\ndef test_a():\n    sys.exit(0)\ndef test_b():\n    pass\n"),
        _job("test_syntax", "def test_a(:\n    pass\n"),
        _job("env", "import os\ndef test_home():\n    assert os.environ['HOME'] == os.getcwd()\n    print(os.getcwd())\n"),
    ]
    normal += [
        _job("pytest_features", PYTEST_MODULE, {**SOLUTION, **CONFTEST}),
        _job("pytest_import_error", "import no_such_module_xyz\n\ndef test_x(tmp_path):\n    pass\n"),
        _job("pytest_no_tests", "import pytest\n\n@pytest.fixture\ndef f():\n    return 1\n"),
        _job("pytest_hard_exit", "import os\ndef test_a(tmp_path):\n    pass\ndef test_b(tmp_path):\n    os._exit(0)\n"),
        TestJob("forced_pytest", SOLUTION, (
            "from solution import add\n"
            "def test_ok():\n    assert add(1, 1) == 2\n"
            "def test_bad():\n    assert add(1, 1) == 3\n"
            "def test_raises():\n    raise ValueError('boom')\n"
        ), runner="pytest"),
    ]
    hostile = _hostile_jobs(listener.port, home_target, repo_target)
    jobs = list(normal)
    for name, source in hostile.items():
        jobs += [_job(name, source), _job(f"after_{name}", GOOD_TEST)]
    for name, (source, extra) in _pytest_hostile_jobs(listener.port, home_target, repo_target).items():
        jobs += [_job(name, source, {**SOLUTION, **extra}), _job(f"after_{name}", GOOD_TEST)]
    jobs += [_job(f"order_{i}", GOOD_TEST if i % 3 else "def test_x():\n    assert False\n") for i in range(12)]
    start = time.monotonic()
    results = run_tests(jobs, LIMITS, workers=2)
    wall = time.monotonic() - start
    time.sleep(0.2)
    survivors = _survivors()
    listener.close()
    yield {
        "by_id": {r.id: r for r in results},
        "results": results,
        "jobs": jobs,
        "wall": wall,
        "survivors": survivors,
        "connections": listener.connections,
        "targets": (home_target, repo_target),
    }
    for target in (home_target, repo_target):
        target.unlink(missing_ok=True)


def _hostile(batch: dict, name: str) -> TestResult:
    """The hostile job's result, after checking it failed and the job after it still passed."""
    result = batch["by_id"][name]
    assert not result.passed, result
    assert result.error != "sandbox", result  # the zygote survived
    after = batch["by_id"][f"after_{name}"]
    assert after.passed, after
    return result


# ----------------------------------------------------------------------------- normal behaviour


def test_passing_job(batch: dict) -> None:
    r = batch["by_id"]["pass"]
    assert r.passed and r.error is None and r.tests == {"test_add": "passed"}
    assert r.duration_s < LIMITS.wall_s


def test_failing_assertion(batch: dict) -> None:
    r = batch["by_id"]["fail_assert"]
    assert not r.passed and r.error is None
    assert r.tests == {"test_add": "failed"} and "arith" in r.detail


def test_syntax_error_in_solution(batch: dict) -> None:
    r = batch["by_id"]["syntax"]
    assert not r.passed and r.error == "syntax" and "solution.py" in r.detail and r.tests == {}


def test_import_error(batch: dict) -> None:
    r = batch["by_id"]["import_error"]
    assert not r.passed and r.error == "import" and "no_such_module_xyz" in r.detail


def test_missing_test_functions(batch: dict) -> None:
    r = batch["by_id"]["no_tests"]
    assert not r.passed and r.error == "no_tests" and r.tests == {}


def test_per_test_outcomes(batch: dict) -> None:
    r = batch["by_id"]["per_test"]
    assert r.tests == {"test_ok": "passed", "test_bad": "failed", "test_raises": "error"}
    assert not r.passed and r.error is None


def test_process_exit_mid_run_is_a_crash_not_a_pass(batch: dict) -> None:
    r = batch["by_id"]["hard_exit"]
    assert not r.passed and r.error == "crashed" and r.tests == {"test_a": "passed", "test_b": "error"}


def test_sys_exit_in_a_test_is_that_tests_error(batch: dict) -> None:
    r = batch["by_id"]["sys_exit"]
    assert not r.passed and r.error is None and r.tests == {"test_a": "error", "test_b": "passed"}


def test_syntax_error_in_test_source(batch: dict) -> None:
    r = batch["by_id"]["test_syntax"]
    assert not r.passed and r.error == "test_syntax"


def test_stdout_and_stderr_captured(batch: dict) -> None:
    r = batch["by_id"]["stdout"]
    assert r.passed and r.stdout == "hello from job\n" and r.stderr == "warn\n"


def test_home_is_fresh_temp_dir_removed_afterwards(batch: dict) -> None:
    r = batch["by_id"]["env"]
    assert r.passed, r
    workdir = Path(r.stdout.strip())
    assert workdir.name.startswith("emcode-sbx-") and not workdir.exists()  # (private /tmp: never on the host)


def test_order_preserved_with_two_workers(batch: dict) -> None:
    assert [r.id for r in batch["results"]] == [j.id for j in batch["jobs"]]
    order = [batch["by_id"][f"order_{i}"].passed for i in range(12)]
    assert order == [bool(i % 3) for i in range(12)]


def test_tmp_is_private_and_wiped_between_jobs() -> None:
    private = isolation()["private_tmp"]
    if not private:
        pytest.skip("no mount namespace here: jobs share /tmp (documented limit)")
    # /tmp stays shared when this checkout lives under it (isolation notes say so); test the others then
    leak = f"emcode-leak-{TOKEN}"
    writer = f"import os\ndef test_w():\n    for d in {tuple(private)!r}:\n        open(os.path.join(d, {leak!r}), 'w')\n"
    reader = (f"import os\ndef test_r():\n    assert not any(os.path.exists(os.path.join(d, {leak!r}))"
              f" for d in {tuple(private)!r})\n")
    results = run_tests([_job("w", writer), _job("r", reader)], LIMITS, workers=1)
    assert [r.passed for r in results] == [True, True], results
    assert not any(Path(d, leak).exists() for d in private)
    if "/tmp" not in private:
        assert any("shared /tmp" in note for note in isolation()["notes"])


def test_bad_file_name_is_rejected_before_running() -> None:
    with pytest.raises(EmcodeError, match="relative path"):
        run_tests([TestJob("x", {"../escape.py": ""}, GOOD_TEST)])


def test_network_isolation_reported() -> None:
    mode = network_isolation()
    assert mode == "netns" or mode.startswith("fallback:")


# ----------------------------------------------------------------------------- hostile jobs


def test_infinite_loop_times_out(batch: dict) -> None:
    r = _hostile(batch, "infinite_loop")
    assert r.error == "timeout" and r.duration_s < LIMITS.wall_s + 1


def test_c_level_loop_times_out(batch: dict) -> None:
    r = _hostile(batch, "c_level_loop")
    assert r.error == "timeout" and r.duration_s < LIMITS.wall_s + 1


def test_fork_bomb_is_limited_and_cleaned_up(batch: dict) -> None:
    r = _hostile(batch, "fork_bomb")
    assert r.error == "timeout"
    if isolation()["uid"] != 0:  # RLIMIT_NPROC is not enforced for root
        assert "fork refused after" in r.stdout, r
    assert batch["survivors"] == []


def test_escaped_daemon_is_killed(batch: dict) -> None:
    r = _hostile(batch, "escaped_daemon")
    assert r.tests == {"test_daemon": "failed"}
    assert batch["survivors"] == []


def test_memory_bomb(batch: dict) -> None:
    r = _hostile(batch, "memory_bomb")
    assert r.error == "memory" and r.duration_s < LIMITS.wall_s


def _require_write_protection() -> None:
    if isolation()["uid"] == os.getuid():
        pytest.skip("not root: jobs keep the caller's uid and can write where it can (documented limit)")


def test_cannot_write_home(batch: dict) -> None:
    _require_write_protection()
    r = _hostile(batch, "write_home")
    assert r.tests == {"test_write": "error"}
    assert not batch["targets"][0].exists()


def test_cannot_write_repo(batch: dict) -> None:
    _require_write_protection()
    r = _hostile(batch, "write_repo")
    assert r.tests == {"test_write": "error"}
    assert not batch["targets"][1].exists()


def test_cannot_reach_loopback_server_of_host(batch: dict) -> None:
    r = _hostile(batch, "network")
    assert r.tests == {"test_connect": "error"}
    assert batch["connections"] == 0


def test_cannot_kill_parent(batch: dict) -> None:
    r = _hostile(batch, "kill_parent")
    assert r.tests == {"test_kill": "failed"} and "still here" in r.detail
    # we are still running, and so is every job after it (checked in _hostile)


def test_printing_gigabytes_is_capped(batch: dict) -> None:
    for name, stream in (("print_gigabytes", "stdout"), ("write_fd_gigabytes", "stderr")):
        r = _hostile(batch, name)
        assert r.error == "output_limit" and r.duration_s < 2.0, r.duration_s
        captured = getattr(r, stream)
        assert captured.startswith("x" * 100 if stream == "stdout" else "y" * 100)
        assert len(captured) < LIMITS.output_bytes + 100


def test_file_size_limit(batch: dict) -> None:
    r = _hostile(batch, "big_file")
    assert r.tests == {"test_fill": "error"} and "File too large" in r.detail


def test_batch_wall_time_is_bounded(batch: dict) -> None:
    # 6 jobs that must time out (~3 s each) over 2 workers, plus fast ones (~0.2 s for each pytest job)
    assert batch["wall"] < 25, batch["wall"]


def test_tmp_holding_this_python_is_not_covered() -> None:
    # a checkout under /tmp (its .venv included) must stay importable inside the sandbox
    from emcode.scoring.sandbox_jail import PRIVATE_TMP, tmp_to_cover

    assert tmp_to_cover({"/usr/lib/python3.11", "/work/repo/.venv"}) == list(PRIVATE_TMP)
    kept = [path for path, _ in tmp_to_cover({"/tmp/ci/.venv/lib/python3.11/site-packages", "/usr/lib"})]
    assert kept == ["/var/tmp", "/dev/shm"]
    assert "/tmp" in [p for p, _ in tmp_to_cover({"/tmpfoo/.venv"})]  # a prefix of the name is not a parent


# ----------------------------------------------------------------------------- pytest-runner jobs


def test_pytest_fixtures_parametrize_classes_and_conftest(batch: dict) -> None:
    r = batch["by_id"]["pytest_features"]
    assert r.error is None and not r.passed, r
    assert r.tests == {"test_add[1-2-3]": "passed", "test_add[2-2-5]": "failed", "test_fixtures": "passed",
                       "TestClass::test_method": "passed", "test_skipped": "skipped",
                       "test_expected_failure": "xfailed", "test_raises_other": "error",
                       "test_broken_fixture": "error"}
    assert r.stdout == "shown\n"  # capsys took the first print; pytest's own reporter writes nothing
    assert "assert 4 == 5" in r.detail


def test_pytest_import_error_no_tests_and_hard_exit(batch: dict) -> None:
    r = batch["by_id"]["pytest_import_error"]
    assert r.error == "import" and "no_such_module_xyz" in r.detail and not r.passed
    assert batch["by_id"]["pytest_no_tests"].error == "no_tests"
    r = batch["by_id"]["pytest_hard_exit"]
    assert r.error == "crashed" and r.tests == {"test_a": "passed", "test_b": "error"}


def test_forced_pytest_runner_reports_like_the_bare_path(batch: dict) -> None:
    assert batch["by_id"]["forced_pytest"].tests == batch["by_id"]["per_test"].tests


def test_runner_choice() -> None:
    from emcode.scoring.sandbox import needs_pytest, resolve_runner

    assert not needs_pytest(GOOD_TEST) and not needs_pytest("def test_x(:\n")
    assert needs_pytest("def test_x(tmp_path):\n    pass\n")
    assert needs_pytest("import pytest\n@pytest.mark.parametrize('a', [1])\ndef test_x(a):\n    pass\n")
    assert needs_pytest("class TestA:\n    def test_x(self):\n        pass\n")
    assert needs_pytest(GOOD_TEST, {"conftest.py": ""}) and needs_pytest(GOOD_TEST, {"sub/conftest.py": ""})
    assert resolve_runner(TestJob("a", {}, "def test_x(capsys):\n    pass\n", runner="bare")) == "bare"
    with pytest.raises(EmcodeError, match="runner"):
        run_tests([TestJob("x", {}, GOOD_TEST, runner="nose")])


def test_pytest_hostile_files_are_contained(batch: dict) -> None:
    assert _hostile(batch, "pt_network").tests == {"test_send": "error"}
    assert batch["connections"] == 0
    r = _hostile(batch, "pt_fork_bomb")
    assert r.error == "timeout" and r.duration_s < LIMITS.wall_s + 1
    r = _hostile(batch, "pt_sleep_in_fixture")
    assert r.error == "timeout" and r.duration_s < LIMITS.wall_s + 1
    assert batch["survivors"] == []


def test_pytest_hostile_files_cannot_write_outside(batch: dict) -> None:
    _require_write_protection()
    assert _hostile(batch, "pt_write_home").tests == {"test_write": "error"}
    assert _hostile(batch, "pt_conftest_writes_repo").error == "import"
    assert not any(target.exists() for target in batch["targets"])


def test_runners_are_chosen_before_the_worker_threads_start(monkeypatch: pytest.MonkeyPatch) -> None:
    # ast.parse in several threads can raise "AST constructor recursion depth mismatch" on CPython < 3.11.8
    from emcode.scoring import sandbox

    seen: list[str] = []
    real = sandbox.needs_pytest

    def recording(test_source: str, files: dict[str, str] | None = None) -> bool:
        seen.append(threading.current_thread().name)
        return real(test_source, files)

    monkeypatch.setattr(sandbox, "needs_pytest", recording)
    jobs = [TestJob(f"j{i}", {"solution.py": "def f():\n    return 1\n"},
                    "from solution import f\n\ndef test_f():\n    assert f() == 1\n") for i in range(4)]
    results = run_tests(jobs, LIMITS, workers=2)
    assert [r.tests for r in results] == [{"test_f": "passed"}] * 4
    assert seen == [threading.main_thread().name] * 4
