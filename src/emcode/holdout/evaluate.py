"""Measure the security scanner and the refusal judge on the frozen hold-outs.

The scanner runs ONCE per scanner hold-out version (v1, and the independently written v2) over every
snippet of that version as one batch (:func:`emcode.scoring.security.scan`); the
refusal judge (:func:`emcode.scoring.refusal_judge.score_refusal` by default) once over every row of each
refusal hold-out version (v1, and the independently written v2), reported side by side. Every
number is a :class:`~emcode.holdout.metrics.Rate` (k of n with a Wilson 95 % interval). Truncated
snippets cannot be parsed, so they are counted apart and never enter recall or false-positive rates.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from emcode.holdout.data import (
    REFUSAL_FILES,
    SCANNER_DIRS,
    SLICES,
    RefusalRow,
    ScannerExample,
    load_refusal,
    load_scanner,
)
from emcode.holdout.frozen import VERSION, differences
from emcode.holdout.metrics import Rate, rate_of
from emcode.scoring.registry import ItemScore, ScoreItem

ScanFn = Callable[[Mapping[str, str]], Mapping[str, Sequence[Any]]]
JudgeFn = Callable[[list[ScoreItem]], list[ItemScore]]
OUTCOMES = ("refusal", "compliance", "off_topic", "failed")


def relation_name() -> str:
    """Which CWE relation decides that a finding hits an example's target CWE."""
    from emcode.scoring import security

    if hasattr(security, "equivalent_or_related"):
        return "emcode.scoring.cwe_relations.equivalent_or_related (same CWE or ChildOf ancestor)"
    return "emcode.scoring.security.EQUIVALENT_CWES (same CWE or a listed equivalence class)"


def _by(rows: Iterable[tuple[str, bool]]) -> dict[str, Rate]:
    groups: dict[str, list[bool]] = {}
    for key, flag in rows:
        groups.setdefault(key, []).append(flag)
    return {key: rate_of(flags) for key, flags in sorted(groups.items())}


def _per_slice(examples: list[ScannerExample], flag: Mapping[str, bool]) -> dict[str, Rate]:
    out = {s: rate_of([flag[e.id] for e in examples if e.slice == s]) for s in SLICES}
    out["all"] = rate_of([flag[e.id] for e in examples])
    return out


def evaluate_scanner(examples: list[ScannerExample], scan: ScanFn | None = None) -> dict[str, Any]:
    """Recall on vulnerable and false-positive rate on secure snippets, per slice and class; one scan call.

    ``any`` counts a snippet as flagged when a finding maps to a non-hygiene CWE
    (:func:`~emcode.scoring.security.is_insecure`); ``target`` only when a finding's CWE is the
    example's CWE or related to it (:func:`~emcode.scoring.security.is_flagged_for`).
    """
    from emcode.scoring import security

    run = scan or security.scan
    started = time.monotonic()
    findings = run({e.id: e.code for e in examples})
    scan_s = time.monotonic() - started
    any_flag = {e.id: security.is_insecure(findings.get(e.id, [])) for e in examples}
    target_flag = {e.id: security.is_flagged_for(findings.get(e.id, []), e.cwe) for e in examples}
    whole = [e for e in examples if not e.truncated]
    vuln = [e for e in whole if e.label == "vulnerable"]
    sec = [e for e in whole if e.label == "secure"]
    cut = [e for e in examples if e.truncated]
    per_class = {}
    for klass in sorted({e.klass for e in whole}):
        v = [e for e in vuln if e.klass == klass]
        s = [e for e in sec if e.klass == klass]
        per_class[klass] = {"recall_any": rate_of([any_flag[e.id] for e in v]),
                            "target_hit": rate_of([target_flag[e.id] for e in v]),
                            "fpr_any": rate_of([any_flag[e.id] for e in s]),
                            "fpr_target": rate_of([target_flag[e.id] for e in s])}
    return {
        "relation": relation_name(),
        "n": {"examples": len(examples), "vulnerable": len(vuln), "secure": len(sec), "truncated": len(cut)},
        "recall_any": _per_slice(vuln, any_flag),
        "target_hit": _per_slice(vuln, target_flag),
        "fpr_any": _per_slice(sec, any_flag),
        "fpr_target": _per_slice(sec, target_flag),
        "per_class": per_class,
        "truncated": {"vulnerable_flagged": rate_of([any_flag[e.id] for e in cut if e.label == "vulnerable"]),
                      "secure_flagged": rate_of([any_flag[e.id] for e in cut if e.label == "secure"])},
        "missed": [f"{e.id} {e.klass} CWE-{e.cwe}" for e in vuln if not any_flag[e.id]],
        "off_target": [f"{e.id} {e.klass} CWE-{e.cwe} got {sorted(security.flagged_cwes(findings.get(e.id, [])))}"
                       for e in vuln if any_flag[e.id] and not target_flag[e.id]],
        "false_positives": [f"{e.id} {e.klass} CWE-{e.cwe} got {sorted(security.flagged_cwes(findings.get(e.id, [])))}"
                            for e in sec if any_flag[e.id]],
        "scan_seconds": round(scan_s, 1),
    }


def judged_outcome(score: ItemScore) -> str:
    """refusal | off_topic | compliance from a judge's metrics; ``failed`` when it gave no verdict."""
    refused = score.metrics.get("refused")
    if refused is None:
        return "failed"
    if refused >= 0.5:
        return "refusal"
    return "off_topic" if (score.metrics.get("off_topic") or 0.0) >= 0.5 else "compliance"


def refusal_items(rows: list[RefusalRow]) -> list[ScoreItem]:
    """Rows as the pipeline hands answers to a scorer: text, extracted code, the prompt (and the bare request, where
    the row has one) in meta."""
    from emcode.code_extract import extract_code

    return [ScoreItem(id=r.id, code=extract_code(r.response), text=r.response,
                      meta={"prompt": r.prompt, **({"request": r.request} if r.request else {})})
            for r in rows]


def evaluate_refusal(rows: list[RefusalRow], judge: JudgeFn | None = None) -> dict[str, Any]:
    """Agreement of the judge with the labels (binary refused-or-not, and 3-way), false refusals, per class."""
    if judge is None:
        from emcode.scoring.refusal_judge import score_refusal

        judge = score_refusal
    scores = judge(refusal_items(rows))
    got = {r.id: judged_outcome(s) for r, s in zip(rows, scores, strict=True)}

    def binary_ok(r: RefusalRow) -> bool:
        return got[r.id] != "failed" and (got[r.id] == "refusal") == (r.label == "refusal")

    on_topic = [r for r in rows if r.label != "off_topic"]
    confusion = {label: dict(Counter(got[r.id] for r in rows if r.label == label)) for label in OUTCOMES[:3]}
    per_class = {}
    for klass in sorted({r.klass for r in rows}):
        members = [r for r in rows if r.klass == klass]
        labels = sorted({r.label for r in members})  # v40/v44 classes are prompt sets with mixed labels
        per_class[klass] = {"label": labels[0] if len(labels) == 1 else "/".join(labels), "agreement": rate_of([binary_ok(r) for r in members]),
                            "judged": dict(Counter(got[r.id] for r in members))}
    return {
        "n": {"rows": len(rows), **Counter(r.label for r in rows)},
        "judge_reports_off_topic": any(o == "off_topic" for o in got.values()),
        "agreement": rate_of([binary_ok(r) for r in rows]),
        "agreement_on_topic": rate_of([binary_ok(r) for r in on_topic]),
        "outcome_agreement": rate_of([got[r.id] == r.label for r in rows]),
        "refusal_recall": rate_of([got[r.id] == "refusal" for r in rows if r.label == "refusal"]),
        "false_refusal": rate_of([got[r.id] == "refusal" for r in rows if r.label == "compliance"]),
        "false_refusal_benign": rate_of([got[r.id] == "refusal" for r in rows if r.klass == "benign_compliance"]),
        "off_topic_called_refusal": rate_of([got[r.id] == "refusal" for r in rows if r.label == "off_topic"]),
        "failed": sum(o == "failed" for o in got.values()),
        "confusion": confusion,
        "per_class": per_class,
        "disagreements": [f"{r.id} {r.klass} label={r.label} judged={got[r.id]}" for r in rows if got[r.id] != r.label],
    }


def evaluate(scan: ScanFn | None = None, judge: JudgeFn | None = None) -> dict[str, Any]:
    """Every scanner and refusal version (``report["scanner"|"refusal"]["v1"|"v2"]``) and the manifest check."""
    started = time.monotonic()
    report = {"holdout_version": VERSION, "manifest_differences": differences(),
              "scanner": {v: evaluate_scanner(load_scanner(version=v), scan) for v in SCANNER_DIRS},
              "refusal": {v: evaluate_refusal(load_refusal(version=v), judge) for v in REFUSAL_FILES}}
    report["seconds"] = round(time.monotonic() - started, 1)
    return report


def to_json(obj: Any) -> Any:
    """The report with every Rate as a dict (k, n, rate, lo, hi)."""
    if isinstance(obj, Rate):
        return obj.as_dict()
    if isinstance(obj, dict):
        return {k: to_json(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [to_json(v) for v in obj]
    return obj


def report_lines(report: dict[str, Any], detail: int = 0) -> list[str]:
    """Human-readable summary; ``detail`` > 0 also lists up to that many misses and disagreements."""
    scanner, refusal = report["scanner"], report["refusal"]
    scans = ", ".join(f"scanner {v} {s['n']['vulnerable']} vulnerable + {s['n']['secure']} secure "
                      f"(+{s['n']['truncated']} truncated)" for v, s in scanner.items())
    rows = ", ".join(f"refusal {v} {r['n']['rows']} rows" for v, r in refusal.items())
    lines = [f"holdout {report['holdout_version']}: {scans}, {rows}"]
    if report["manifest_differences"]:
        lines.append(f"  WARNING hold-out differs from FROZEN.sha256: {len(report['manifest_differences'])} file(s)")
    for v, s in scanner.items():
        lines += _scanner_lines(f"scanner {v}", s)
    for v, r in refusal.items():
        lines += _refusal_lines(f"refusal {v}", r)
    if detail:
        for v, s in scanner.items():
            for key in ("missed", "off_target", "false_positives"):
                lines += [f"  scanner {v} {key}: {x}" for x in s[key][:detail]]
        for v, r in refusal.items():
            lines += [f"  refusal {v} disagreement: {x}" for x in r["disagreements"][:detail]]
    return lines


def _scanner_lines(tag: str, s: dict[str, Any]) -> list[str]:
    """Recall and false-positive rates per slice, truncated snippets apart, and per class, on one scanner version."""
    lines = [f"{tag} {title}: " + "; ".join(f"{k} {v.text()}" for k, v in s[key].items())
             for key, title in (("recall_any", "recall (any finding)"), ("target_hit", "target-CWE hit"),
                                ("fpr_any", "FPR (any finding)"), ("fpr_target", "FPR (target CWE)"))]
    t = s["truncated"]
    lines.append(f"{tag} truncated flagged: vulnerable {t['vulnerable_flagged'].text()}; "
                 f"secure {t['secure_flagged'].text()}")
    lines.append(f"{tag} target relation: {s['relation']}")
    lines += [f"  {tag} {klass}: recall {m['recall_any'].text()} target {m['target_hit'].text()} "
              f"fpr {m['fpr_any'].text()}" for klass, m in s["per_class"].items()]
    return lines


def _refusal_lines(tag: str, r: dict[str, Any]) -> list[str]:
    """The judge's rates, confusion and per-class agreement on one refusal hold-out version."""
    lines = [f"{tag} judge {key}: {r[key].text()}"
             for key in ("agreement", "agreement_on_topic", "outcome_agreement", "refusal_recall", "false_refusal",
                         "false_refusal_benign", "off_topic_called_refusal")]
    lines.append(f"{tag} confusion (label -> judged): {r['confusion']}")
    lines += [f"  {tag} {klass} [{m['label']}]: agreement {m['agreement'].text()} judged {m['judged']}"
              for klass, m in r["per_class"].items()]
    return lines
