"""Data for the report's sample browser: every prompt with each model's output, findings, tests and judge scores.

Findings come from score details in the formats the scorers write: ``"B608:12:HIGH:CWE-89"``
(bandit), ``"bandit B608 line 12"`` (malicious_code), ``"semgrep <rule> line 7 CWE-79"``
(func_sec's ``target_findings``/``other_findings``), ``"E501:3"`` (static/ruff), or a dict
with ``line``/``tool``/``rule_id``/``cwe``/``severity``/``message``. Everything here is plain data;
the page renders it as text, never as HTML.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from emcode.report.figures_extra import cwe_of
from emcode.rows import read_generation_rows
from emcode.runs import RunDir

MAX_TEXT = 20_000  # characters of one output kept in the page (the rest is cut, and says so)
MAX_PER_BENCHMARK = 400  # prompts per benchmark in the browser
TEST_METRICS = ("behaviour_pass", "import_pass", "passed", "functional", "func", "prompt_strict", "compiles")
FLAG_METRICS = ("insecure_code", "vulnerable")  # a per-answer verdict that the weakness is shown
FINDING_KEYS = ("findings", "target_findings", "other_findings", "ruff")
TARGET_KEYS = ("findings", "target_findings")  # findings for the task's own CWE (take details.cwe when unlabelled)
_BANDIT = re.compile(r"^(?P<rule>B\d{3}):(?P<line>\d+):(?P<sev>[A-Z]+)(?::CWE-(?P<cwe>\w+))?$")
_TOOL_LINE = re.compile(r"^(?P<tool>\w+) (?P<rule>\S+) line (?P<line>\d+)(?: CWE-(?P<cwe>\d+))?$")
_RULE_LINE = re.compile(r"^(?P<rule>[A-Z]+\d*):(?P<line>\d+)$")
VERDICTS = ("flagged", "refused", "off-topic", "failed", "passed", "unscored")


def parse_finding(raw: Any, scorer: str) -> dict[str, Any] | None:
    """One finding as ``{line, tool, rule, severity, cwe, message, security}`` (None if unrecognised)."""
    if isinstance(raw, dict):
        line = raw.get("line")
        if not isinstance(line, int | float):
            return None
        cwe = raw.get("cwe")
        return {"line": int(line), "tool": str(raw.get("tool") or scorer), "rule": str(raw.get("rule_id") or raw.get("rule") or ""),
                "severity": str(raw.get("severity") or ""), "cwe": int(cwe) if isinstance(cwe, int | float) else None,
                "message": str(raw.get("message") or ""), "security": raw.get("tool") != "ruff"}
    text = str(raw)
    if m := _BANDIT.match(text):
        cwe = m["cwe"]
        return {"line": int(m["line"]), "tool": "bandit", "rule": m["rule"], "severity": m["sev"],
                "cwe": int(cwe) if cwe and cwe.isdigit() else None, "message": "", "security": True}
    if m := _TOOL_LINE.match(text):
        return {"line": int(m["line"]), "tool": m["tool"], "rule": m["rule"], "severity": "",
                "cwe": int(m["cwe"]) if m["cwe"] else None, "message": "", "security": True}
    if m := _RULE_LINE.match(text):
        return {"line": int(m["line"]), "tool": "ruff", "rule": m["rule"], "severity": "lint", "cwe": None,
                "message": "", "security": False}
    return None


def findings_of(details_by_scorer: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """All line-numbered findings in one output's score details, sorted by line."""
    out = []
    for scorer, details in details_by_scorer.items():
        for key in FINDING_KEYS:
            for raw in details.get(key) or []:
                f = parse_finding(raw, scorer)
                if f:
                    if f["cwe"] is None and f["security"] and key in TARGET_KEYS and isinstance(details.get("cwe"), int):
                        f["cwe"] = details["cwe"]  # these lists hold only findings for the target CWE
                    out.append(f)
    uniq = {(f["line"], f["tool"], f["rule"]): f for f in out}
    return sorted(uniq.values(), key=lambda f: (f["line"], f["tool"], f["rule"]))


def verdict(metrics: dict[str, float | None], findings: Iterable[dict[str, Any]]) -> str:
    """flagged (security finding or insecure/vulnerable verdict) > refused > off-topic > failed > passed > unscored."""
    if any(metrics.get(k) == 1 for k in FLAG_METRICS) or any(f["security"] and f["cwe"] not in (None, 703) for f in findings):
        return "flagged"
    if metrics.get("refusal") == 1 or metrics.get("refused") == 1:
        return "refused"
    if metrics.get("off_topic") == 1:  # the refusal judge's third outcome: neither a refusal nor an attempt
        return "off-topic"
    tests = [metrics[k] for k in TEST_METRICS if metrics.get(k) is not None]
    if tests:
        return "passed" if all(v == 1 for v in tests) else "failed"
    return "unscored"


def _clean(v: Any) -> Any:
    return None if isinstance(v, float) and math.isnan(v) else v


def _judge(details_by_scorer: dict[str, dict[str, Any]], metrics: dict[str, Any]) -> dict[str, Any] | None:
    for scorer, d in details_by_scorer.items():
        if d.get("judge"):
            keys = ("aligned", "coherent", "misaligned", "refused", "judge_failed")
            return {"judge": str(d["judge"]), "scorer": scorer, "method": d.get("method"),
                    **{k: metrics[k] for k in keys if metrics.get(k) is not None}}
    return None


def _tests(details_by_scorer: dict[str, dict[str, Any]]) -> dict[str, str]:
    out = {}
    for d in details_by_scorer.values():
        for key in ("functional_test", "security_test", "error", "detail"):
            if isinstance(d.get(key), str):
                out[key] = d[key][:500]
    return out


def _user_prompt(messages: Any) -> str:
    if isinstance(messages, list):
        return "\n\n".join(str(m.get("content", "")) for m in messages if isinstance(m, dict) and m.get("role") != "assistant")
    return str(messages or "")


def _cut(text: str) -> str:
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT] + f"\n… [{len(text) - MAX_TEXT} more characters cut]"


def browser_data(run_dir: Path, models: list[str], scores: pd.DataFrame) -> dict[str, Any]:
    """Prompts × models with outputs, metrics, findings, tests, judge and verdict; plus filter values."""
    by_out: dict[tuple[str, str, str, int], dict[str, Any]] = {}
    if not scores.empty:
        for r in scores.itertuples(index=False):
            key = (r.benchmark, r.sample_id, r.model, int(r.sample_index))
            slot = by_out.setdefault(key, {"metrics": {}, "details": {}, "cwe": None})
            slot["metrics"][r.metric] = _clean(r.value)
            if isinstance(r.details, dict):
                slot["details"].setdefault(r.scorer, r.details)
            slot["cwe"] = slot["cwe"] or cwe_of(r.details, r.subset)
    items: dict[tuple[str, str, int], dict[str, Any]] = {}
    counts: dict[str, int] = {}
    run = RunDir(run_dir)
    for model in models:
        for path in run.generation_files(model):
            bench = path.stem
            for g in read_generation_rows(path):
                key = (bench, str(g["sample_id"]), int(g.get("sample_index", 0)))
                if key not in items:
                    if counts.get(bench, 0) >= MAX_PER_BENCHMARK:
                        continue
                    counts[bench] = counts.get(bench, 0) + 1
                    meta = g.get("meta") or {}
                    items[key] = {"benchmark": bench, "sample_id": key[1], "sample_index": key[2],
                                  "subset": str(g.get("subset", "")), "prompt": _cut(_user_prompt(g.get("prompt"))),
                                  "cwes": set(), "outputs": {}}
                    if isinstance(meta.get("cwe"), int):
                        items[key]["cwes"].add(meta["cwe"])
                slot = by_out.get((bench, key[1], model, key[2]), {"metrics": {}, "details": {}, "cwe": None})
                found = findings_of(slot["details"])
                if slot["cwe"]:
                    items[key]["cwes"].add(slot["cwe"])
                items[key]["cwes"].update(f["cwe"] for f in found if f["cwe"] and f["security"])
                items[key]["outputs"][model] = {
                    "text": _cut(str(g.get("text", ""))), "code": _cut(str(g.get("code", ""))),
                    "metrics": slot["metrics"], "findings": found, "tests": _tests(slot["details"]),
                    "judge": _judge(slot["details"], slot["metrics"]),
                    "verdict": verdict(slot["metrics"], found)}
    rows = []
    for it in items.values():
        it["verdicts"] = sorted({o["verdict"] for o in it["outputs"].values()})
        it["cwes"] = sorted(it["cwes"])
        rows.append(it)
    return {"models": models, "benchmarks": sorted(counts), "cwes": sorted({c for it in rows for c in it["cwes"]}),
            "verdicts": [v for v in VERDICTS if any(v in it["verdicts"] for it in rows)], "items": rows,
            "limits": {"max_text": MAX_TEXT, "max_per_benchmark": MAX_PER_BENCHMARK}}
