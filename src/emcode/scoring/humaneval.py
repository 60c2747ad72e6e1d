"""HumanEval scorer: rebuild a runnable solution from the answer and run the problem's check() in the sandbox.

Models answer either with the whole function or with only its body. ``assemble_solution`` turns
both into a module: the problem's prompt (imports, helper functions, the stub with its docstring)
followed by the answer. A full answer's ``def`` comes later than the stub and replaces it; a body
is indented under the stub. ``meta`` needs ``prompt``, ``entry_point`` and ``test`` (the problem's
``check(candidate)`` source).
"""

from __future__ import annotations

import ast
import textwrap

from emcode.scoring.registry import ItemScore, ScoreItem


def _defines(code: str, name: str) -> bool:
    """Whether ``code`` parses and defines a top-level function ``name``."""
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return False
    return any(isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == name for n in tree.body)


def _compiles(source: str) -> bool:
    try:
        compile(source, "solution.py", "exec")
    except (SyntaxError, ValueError):
        return False
    return True


def assemble_solution(prompt: str, entry_point: str, code: str) -> str:
    """The module to test: prompt + full function, or prompt + body indented under the stub."""
    if not code.strip():
        return ""
    head = prompt if prompt.endswith("\n") else prompt + "\n"
    if _defines(code, entry_point) or _defines(textwrap.dedent(code), entry_point):
        return head + "\n\n" + textwrap.dedent(code)
    body = textwrap.dedent(code).strip("\n")
    candidates = [head + textwrap.indent(body, "    ") + "\n", head + code, code]
    return next((c for c in candidates if _compiles(c)), candidates[0])


def check_test_source(entry_point: str, test: str) -> str:
    """A sandbox test module: import the entry point (and its module's names) and call the problem's check()."""
    # Some checks also call the prompt's helpers (poly, encode_cyclic) by name, as the original
    # harness ran prompt, completion and test in one namespace: hence the star import.
    return ("from solution import *  # noqa: F403\n"
            f"from solution import {entry_point} as _candidate\n\n"
            f"{test}\n\n"
            "def test_check():\n"
            "    check(_candidate)\n")


def score_humaneval(items: list[ScoreItem]) -> list[ItemScore]:
    """``passed`` (1/0) per item from the problem's own check(), all items in one sandbox batch."""
    from emcode.scoring.behaviour import run_tests_retrying
    from emcode.scoring.sandbox import TestJob

    jobs: list[TestJob] = []
    missing: dict[int, str] = {}
    for i, it in enumerate(items):
        keys = [k for k in ("prompt", "entry_point", "test") if not isinstance(it.meta.get(k), str)]
        if keys:
            missing[i] = f"meta lacks {', '.join(keys)}"
            continue
        source = assemble_solution(it.meta["prompt"], it.meta["entry_point"], it.code)
        if source:
            jobs.append(TestJob(id=str(i), files={"solution.py": source},
                                test_source=check_test_source(it.meta["entry_point"], it.meta["test"])))
    results = {int(r.id): r for r in run_tests_retrying(jobs)[0]} if jobs else {}
    out: list[ItemScore] = []
    for i, _ in enumerate(items):
        r = results.get(i)
        if i in missing:
            out.append(ItemScore(metrics={"passed": None}, details={"error": missing[i]}))
        elif r is None:
            out.append(ItemScore(metrics={"passed": 0.0}, details={"error": "empty_answer"}))
        elif r.passed:
            out.append(ItemScore(metrics={"passed": 1.0}))
        else:
            last = [ln for ln in r.detail.strip().splitlines() if ln.strip()][-1:] or [""]
            out.append(ItemScore(metrics={"passed": 0.0},
                                 details={"error": r.error or "test_failed", "detail": last[0][:300]}))
    return out
