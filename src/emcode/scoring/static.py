"""Static code metrics: ast compile, ruff findings, radon complexity/MI, docstring and type-hint coverage.

Ruff runs once per batch over a temp folder of all the batch's files (one process, not one per
file). Counts are per file; the analysis sums them (e.g. ruff findings per KLOC = Σ findings /
Σ loc × 1000; average complexity = Σ block complexity / Σ blocks, as ``radon cc -a``).
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from radon.complexity import cc_visit
from radon.metrics import mi_visit

from emcode.errors import EmcodeError
from emcode.scoring.registry import RUFF_FAMILIES, ItemScore, ScoreItem

RUFF_TIMEOUT_S = 300


def _ruff_exe() -> str:
    here = Path(sys.executable).with_name("ruff")
    exe = str(here) if here.exists() else shutil.which("ruff")
    if exe is None:
        raise EmcodeError("ruff not found; install the project's dependencies (make setup)")
    return exe


def _family(code: str | None) -> str | None:
    if not code:
        return None  # syntax errors carry no rule code; 'compiles' already counts them
    for family in sorted(RUFF_FAMILIES, key=len, reverse=True):
        if code.startswith(family) and code[len(family):].isdigit():
            return family
    return None


def ruff_findings(codes: list[str]) -> list[list[dict[str, Any]]]:
    """Ruff findings (rule code, line, message) for each source, from one ``ruff check`` call."""
    with tempfile.TemporaryDirectory(prefix="emcode-ruff-") as tmp:
        for i, code in enumerate(codes):
            Path(tmp, f"f{i}.py").write_text(code, encoding="utf-8")
        cmd = [_ruff_exe(), "check", "--isolated", "--no-cache", "--exit-zero", "--output-format", "json",
               "--target-version", "py311", "--select", ",".join(RUFF_FAMILIES), tmp]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=RUFF_TIMEOUT_S, check=False)
        if proc.returncode != 0:
            raise EmcodeError(f"ruff failed (exit {proc.returncode}): {proc.stderr.strip()[:200]}")
        out: list[list[dict[str, Any]]] = [[] for _ in codes]
        for f in json.loads(proc.stdout or "[]"):
            idx = int(Path(f["filename"]).stem[1:])
            out[idx].append({"code": f.get("code"), "line": f["location"]["row"], "message": f["message"]})
    return out


def _docstring_counts(tree: ast.Module) -> tuple[int, int]:
    defs = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)]
    return len(defs), sum(ast.get_docstring(n) is not None for n in defs)


def _hint_counts(tree: ast.Module) -> tuple[int, int]:
    """(annotatable slots, annotated slots): every parameter but self/cls, plus each return."""
    slots = hinted = 0
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        a = node.args
        params = [*a.posonlyargs, *a.args, *a.kwonlyargs, *(p for p in (a.vararg, a.kwarg) if p)]
        params = [p for p in params if p.arg not in ("self", "cls")]
        slots += len(params) + 1
        hinted += sum(p.annotation is not None for p in params) + (node.returns is not None)
    return slots, hinted


def _file_metrics(code: str) -> tuple[dict[str, float | None], dict[str, Any]]:
    loc = sum(1 for line in code.splitlines() if line.strip())
    metrics: dict[str, float | None] = {"loc": float(loc)}
    try:
        tree = ast.parse(code)
        compile(tree, "<answer>", "exec")
        ok = bool(code.strip())  # an empty answer is not a program
    except (SyntaxError, ValueError):
        tree, ok = None, False
    metrics["compiles"] = float(ok)
    if tree is None or not ok:
        metrics.update(dict.fromkeys(["cc_total", "cc_blocks", "maintainability_index", "defs",
                                      "documented_defs", "hint_slots", "hinted_slots"]))
        return metrics, {}
    blocks = cc_visit(code)
    defs, documented = _docstring_counts(tree)
    slots, hinted = _hint_counts(tree)
    metrics.update({
        "cc_total": float(sum(b.complexity for b in blocks)),
        "cc_blocks": float(len(blocks)),
        "maintainability_index": round(float(mi_visit(code, multi=True)), 3),
        "defs": float(defs), "documented_defs": float(documented),
        "hint_slots": float(slots), "hinted_slots": float(hinted),
    })
    return metrics, {}


def score_static(items: list[ScoreItem]) -> list[ItemScore]:
    """Per-file static metrics for a batch; ruff runs once over the whole batch."""
    ruff = ruff_findings([it.code for it in items])
    out: list[ItemScore] = []
    for item, findings in zip(items, ruff, strict=True):
        metrics, details = _file_metrics(item.code)
        counted = [f for f in findings if _family(f["code"])]
        fam = Counter(_family(f["code"]) for f in counted)
        metrics["ruff_findings"] = float(len(counted))
        metrics.update({f"ruff_{family}": float(fam.get(family, 0)) for family in RUFF_FAMILIES})
        details["ruff"] = [f"{f['code']}:{f['line']}" for f in counted][:50]
        out.append(ItemScore(metrics=metrics, details=details))
    return out


def score_bandit(items: list[ScoreItem]) -> list[ItemScore]:
    """Bandit findings by severity and the severity-weighted score (weights: security.BANDIT_SEVERITY_WEIGHTS)."""
    from emcode.scoring.security import scan, weighted_score

    found = scan({it.id: it.code for it in items}, tools=("bandit",))
    out: list[ItemScore] = []
    for item in items:
        findings = found.get(item.id, [])
        sev = Counter(str(f.severity).upper() for f in findings)
        out.append(ItemScore(
            metrics={
                "bandit_findings": float(len(findings)),
                "bandit_high": float(sev.get("HIGH", 0)),
                "bandit_medium": float(sev.get("MEDIUM", 0)),
                "bandit_low": float(sev.get("LOW", 0)),
                "bandit_weighted": float(weighted_score(findings)),
            },
            details={"findings": [f"{f.rule_id}:{f.line}:{f.severity}:CWE-{f.cwe}" for f in findings][:50]},
        ))
    return out
