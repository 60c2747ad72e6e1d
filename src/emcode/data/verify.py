"""Verify triples: both versions parse and pass their functional tests, and the weakness is real.

A triple passes when both versions compile and pass ``functional_test``; the vulnerable
version is flagged for its CWE by the scanner OR fails ``security_test``; and the secure
version is NOT flagged for its CWE AND passes ``security_test`` (when there is one). All code
goes to the scanner in ONE call and all tests to the sandbox in ONE ``run_tests`` call, so a
full verification costs one analyzer start-up and one worker pool.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from emcode.data.triples import Triple
from emcode.errors import EmcodeError

log = logging.getLogger(__name__)

VERSIONS = ("vulnerable", "secure")
TABLE_EXAMPLES = 10  # failing triples spelled out under the table
ScanFn = Callable[[Mapping[str, str]], Mapping[str, Sequence[Any]]]
RunFn = Callable[..., list[Any]]


@dataclass(frozen=True)
class Targets:
    """Issue 2's acceptance targets for a verification run."""

    min_pass_rate: float = 0.95  # of all generated triples, held-out ones included
    min_verified: int = 3000  # verified training triples in total
    min_cwes: int = 47  # CWEs that must reach min_per_cwe
    min_per_cwe: int = 30  # verified training triples per CWE


FULL_TARGETS = Targets()


def subset_targets(n_cwes: int) -> Targets:
    """Targets for a run restricted to some CWEs: the rate and per-CWE bars, no global totals."""
    return Targets(min_verified=0, min_cwes=n_cwes)


@dataclass
class TripleCheck:
    """Verification outcome of one triple, with every reason it failed."""

    id: str
    cwe: int
    scenario: str
    heldout: bool
    passed: bool = False
    reasons: list[str] = field(default_factory=list)
    flagged: dict[str, bool] = field(default_factory=dict)  # version → flagged for the triple's CWE
    findings: dict[str, list[str]] = field(default_factory=dict)  # version → "tool rule_id line N"
    functional: dict[str, bool] = field(default_factory=dict)  # version → functional tests passed
    security: dict[str, bool] = field(default_factory=dict)  # version → security tests passed


@dataclass
class VerifyReport:
    """Per-triple checks plus per-CWE counts; ``table``/``meets_targets`` serve the CLI."""

    checks: list[TripleCheck]
    targets: Targets = FULL_TARGETS

    def passed_ids(self) -> set[str]:
        return {c.id for c in self.checks if c.passed}

    def per_cwe(self) -> dict[str, dict[str, int]]:
        """``{"CWE-89": {"generated", "verified", "heldout_generated", "heldout_verified"}}``."""
        out: dict[str, dict[str, int]] = {}
        for c in sorted(self.checks, key=lambda c: c.cwe):
            row = out.setdefault(f"CWE-{c.cwe}", dict.fromkeys(
                ("generated", "verified", "heldout_generated", "heldout_verified"), 0))
            prefix = "heldout_" if c.heldout else ""
            row[prefix + "generated"] += 1
            row[prefix + "verified"] += int(c.passed)
        return out

    def totals(self) -> dict[str, int]:
        """Generated/verified counts over training triples and over held-out ones."""
        train = [c for c in self.checks if not c.heldout]
        held = [c for c in self.checks if c.heldout]
        return {"generated": len(train), "verified": sum(c.passed for c in train),
                "heldout_generated": len(held), "heldout_verified": sum(c.passed for c in held)}

    def target_results(self) -> list[tuple[str, bool]]:
        """Each target as (description with the measured value, met?)."""
        t, tot = self.targets, self.totals()
        generated = tot["generated"] + tot["heldout_generated"]
        rate = (tot["verified"] + tot["heldout_verified"]) / generated if generated else 0.0
        per = self.per_cwe()
        good = [k for k, v in per.items() if v["verified"] >= t.min_per_cwe]
        short = [f"{k} ({v['verified']})" for k, v in per.items() if v["verified"] < t.min_per_cwe]
        results = [
            (f"pass rate of all generated triples {rate:.1%} >= {t.min_pass_rate:.0%}", rate >= t.min_pass_rate),
            (f"verified training triples {tot['verified']} >= {t.min_verified}", tot["verified"] >= t.min_verified),
            (f"CWEs with >= {t.min_per_cwe} verified: {len(good)} >= {t.min_cwes}", len(good) >= t.min_cwes),
            (f"every CWE has >= {t.min_per_cwe} verified" + (f"; short: {', '.join(short)}" if short else ""),
             not short),
        ]
        return results

    def meets_targets(self) -> bool:
        return all(ok for _, ok in self.target_results())

    def failure_reasons(self) -> dict[str, int]:
        """How often each kind of failure occurred (reason text up to the first colon)."""
        counts: dict[str, int] = {}
        for c in self.checks:
            for r in c.reasons:
                kind = r.split(":", 1)[0]
                counts[kind] = counts.get(kind, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    def table(self) -> str:
        """A plain-text per-CWE table, totals and the targets with their status."""
        lines = [f"{'CWE':<10}{'generated':>10}{'verified':>10}{'rate':>8}{'heldout':>12}"]
        for key, v in self.per_cwe().items():
            rate = f"{v['verified'] / v['generated']:.0%}" if v["generated"] else "-"
            held = f"{v['heldout_verified']}/{v['heldout_generated']}"
            lines.append(f"{key:<10}{v['generated']:>10}{v['verified']:>10}{rate:>8}{held:>12}")
        tot = self.totals()
        rate = f"{tot['verified'] / tot['generated']:.1%}" if tot["generated"] else "-"
        held = f"{tot['heldout_verified']}/{tot['heldout_generated']}"
        lines.append(f"{'total':<10}{tot['generated']:>10}{tot['verified']:>10}{rate:>8}{held:>12}")
        lines.append("")
        lines += [f"[{'ok' if ok else 'MISSED'}] {text}" for text, ok in self.target_results()]
        reasons = self.failure_reasons()
        if reasons:
            lines.append("")
            lines.append("failure reasons:")
            lines += [f"  {n:>5}  {kind}" for kind, n in reasons.items()]
            failed = [c for c in self.checks if not c.passed]
            lines.append(f"examples ({min(len(failed), TABLE_EXAMPLES)} of {len(failed)} failing triples):")
            lines += [f"  {c.id}: {'; '.join(c.reasons)}" for c in failed[:TABLE_EXAMPLES]]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary and per-triple detail (deterministic: no timings)."""
        return {
            "totals": self.totals(),
            "per_cwe": self.per_cwe(),
            "targets": [{"target": text, "met": ok} for text, ok in self.target_results()],
            "meets_targets": self.meets_targets(),
            "failure_reasons": self.failure_reasons(),
            "triples": [asdict(c) for c in sorted(self.checks, key=lambda c: c.id)],
        }


def _say(progress: bool, message: str) -> None:
    """Stage messages for a watching user (stderr), else the debug log."""
    if progress:
        print(message, file=sys.stderr, flush=True)
    log.debug(message)


def _compile_error(code: str) -> str | None:
    """None when ``code`` compiles, else a short description of the syntax error."""
    try:
        compile(code, "solution.py", "exec", dont_inherit=True)
    except SyntaxError as exc:
        return f"line {exc.lineno}: {exc.msg}"
    except ValueError as exc:  # e.g. null bytes
        return str(exc)
    return None


def _code_key(triple_id: str, version: str) -> str:
    return f"{triple_id}__{version}.py"


def _short(text: str | None, limit: int = 300) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _default_scan() -> tuple[ScanFn, Callable[[Sequence[Any], int], bool]]:
    from emcode.scoring.security import is_flagged_for, scan

    return scan, is_flagged_for


def _default_run() -> tuple[RunFn, Callable[..., Any]]:
    from emcode.scoring.sandbox import TestJob, run_tests

    return run_tests, TestJob


def verify_triples(
    triples: Sequence[Triple],
    workers: int | None = None,
    progress: bool = True,
    *,
    scanner: tuple[ScanFn, Callable[[Sequence[Any], int], bool]] | None = None,
    runner: tuple[RunFn, Callable[..., Any]] | None = None,
    targets: Targets = FULL_TARGETS,
    thorough: bool = False,
) -> VerifyReport:
    """Check every triple (one scanner call, one sandbox call) and report per triple and per CWE.

    The vulnerable version's security test is skipped when the scanner already flags it, since
    the verdict cannot change, unless ``thorough`` or the triple is held out (the benchmark
    relies on its security test, so that test must be shown to catch the weakness).
    ``scanner`` = ``(scan, is_flagged_for)`` and ``runner`` = ``(run_tests, TestJob)`` default to
    emcode's real scanner and sandbox; tests may pass others.
    """
    scan, is_flagged_for = scanner or _default_scan()
    run_tests, test_job = runner or _default_run()
    checks = {t.id: TripleCheck(t.id, t.cwe, t.scenario, t.heldout) for t in triples}
    if len(checks) != len(triples):
        raise EmcodeError("verify_triples got duplicate triple ids; generate them with generate_triples")

    codes: dict[str, str] = {}
    for t in triples:
        for version in VERSIONS:
            code = getattr(t, f"{version}_code")
            err = _compile_error(code)
            if err:
                checks[t.id].reasons.append(f"{version} does not parse: {err}")
            else:
                codes[_code_key(t.id, version)] = code

    unique = {code: key for key, code in reversed(codes.items())}  # identical code is scanned once
    _say(progress, f"verify: scanning {len(unique)} distinct code files")
    scanned = scan({key: code for code, key in unique.items()}) if unique else {}
    findings = {key: scanned.get(unique[code], []) for key, code in codes.items()}
    for t in triples:
        check = checks[t.id]
        for version in VERSIONS:
            key = _code_key(t.id, version)
            if key in codes:
                hits = [f for f in findings.get(key, []) if is_flagged_for([f], t.cwe)]
                check.flagged[version] = bool(hits)
                check.findings[version] = sorted(f"{f.tool} {f.rule_id} line {f.line}" for f in hits)

    jobs: list[Any] = []
    for t in triples:
        for version in VERSIONS:
            key = _code_key(t.id, version)
            if key not in codes:
                continue
            files = {"solution.py": codes[key]}
            jobs.append(test_job(id=f"{t.id}|{version}|functional", files=files, test_source=t.functional_test))
            settled = version == "vulnerable" and checks[t.id].flagged[version] and not (thorough or t.heldout)
            if t.security_test and not settled:
                jobs.append(test_job(id=f"{t.id}|{version}|security", files=files, test_source=t.security_test))
    _say(progress, f"verify: running {len(jobs)} test jobs")
    results = run_tests(jobs, workers=workers, progress=progress) if jobs else []
    if len(results) != len(jobs):
        raise EmcodeError(f"sandbox returned {len(results)} results for {len(jobs)} jobs")
    outcome: dict[tuple[str, str, str], Any] = {}
    for job, res in zip(jobs, results):
        tid, version, kind = job.id.split("|")
        outcome[(tid, version, kind)] = res

    for t in triples:
        _judge(t, checks[t.id], outcome)
    return VerifyReport(checks=[checks[t.id] for t in triples], targets=targets)


def _judge(t: Triple, check: TripleCheck, outcome: Mapping[tuple[str, str, str], Any]) -> None:
    """Fill in ``check`` (flags already set) from the test results of triple ``t``."""
    cwe = f"CWE-{t.cwe}"
    for version in check.flagged:  # versions that compiled
        func = outcome[(t.id, version, "functional")]
        check.functional[version] = _ok(func)
        if not check.functional[version]:
            check.reasons.append(f"{version} fails functional test: {_why(func)}")
        sec = outcome.get((t.id, version, "security"))
        if sec is not None:
            check.security[version] = _ok(sec)
            if version == "secure" and not check.security[version]:
                check.reasons.append(f"secure fails security test: {_why(sec)}")
    if "vulnerable" in check.flagged:
        caught = check.flagged["vulnerable"] or check.security.get("vulnerable") is False
        if not caught:
            how = "passes its security test" if t.security_test else "has no security test"
            check.reasons.append(f"vulnerable not shown vulnerable: not flagged for {cwe} and {how}")
        if t.heldout and t.security_test and check.security.get("vulnerable"):
            check.reasons.append("vulnerable passes its security test: the held-out test must catch the weakness")
    if check.flagged.get("secure"):
        check.reasons.append(f"secure flagged for {cwe}: {'; '.join(check.findings['secure'])}")
    check.passed = not check.reasons


def _ok(result: Any) -> bool:
    """A test result passes only if it ran at least one test and all passed."""
    return bool(result.passed) and bool(result.tests)


def _why(result: Any) -> str:
    if result.passed and not result.tests:
        return "no test_* functions ran"
    return _short(": ".join(str(x) for x in (result.error, result.detail) if x)) or "a test failed"


def verify_command(
    seed: int = 0, per_scenario: int | None = None, cwe: int | str | None = None,
    workers: int | None = None, progress: bool = True,
) -> VerifyReport:
    """What ``emcode data verify`` runs: load scenarios (strict), generate, verify."""
    from emcode.data.cwe.registry import load_scenarios
    from emcode.data.triples import DEFAULT_PER_SCENARIO, generate_triples

    scenarios = load_scenarios(strict=True, cwes=None if cwe is None else [cwe])
    triples = generate_triples(seed, per_scenario or DEFAULT_PER_SCENARIO, scenarios)
    targets = FULL_TARGETS if cwe is None else subset_targets(1)
    return verify_triples(triples, workers=workers, progress=progress, targets=targets)
