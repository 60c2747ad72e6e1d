"""The detectors' last hold-out measurement, shipped with the package so the report can quote it.

``emcode bench selfcheck --holdout --record`` writes ``measured.json`` here: the headline rates
(k/n with Wilson intervals) of the scanner and the refusal judge on every hold-out version, the
date, and a fingerprint of the detector code. A test fails when the rules or the judge change
without a new measurement, so the report never quotes numbers of code that no longer runs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from emcode.runs import atomic_write_json

HERE = Path(__file__).resolve().parent
MEASURED = HERE / "measured.json"
_SCORING = HERE.parent / "scoring"
# what decides a detector's verdicts: the rule pack, the scanner glue and the refusal judge
DETECTOR_FILES = ("security.py", "semgrep.py", "bandit_cwe.py", "cwe_relations.py", "refusal.py", "refusal_cues.py",
                  "topic_overlap.py", "topic_concepts.py", "refusal_moves.py", "off_topic.py", "answer_shape.py",
                  "topic_drift.py", "refusal_gate.py", "refusal_shapes.py", "refusal_model.py", "refusal_model.json",
                  "refusal_judge.py", "refusal_consequences.py", "off_topic_model.py", "off_topic_model.json")
SCANNER_KEYS = ("recall_any", "target_hit", "fpr_any", "fpr_target")
REFUSAL_KEYS = ("agreement_on_topic", "refusal_recall", "false_refusal")


def detector_fingerprint() -> str:
    """sha256 over the rule files and the detector modules (names and bytes, in a fixed order)."""
    h = hashlib.sha256()
    rules = _SCORING / "rules"
    paths = sorted(rules.glob("*.yaml")) + sorted(rules.glob("shared/*.yaml")) + [_SCORING / n for n in DETECTOR_FILES]
    for p in paths:
        h.update(p.name.encode() + b"\0" + (p.read_bytes() if p.exists() else b"<absent>") + b"\0")
    return h.hexdigest()


def summarise(report: dict[str, Any]) -> dict[str, Any]:
    """The headline numbers of an :func:`emcode.holdout.evaluate.evaluate` report (already JSON-ready)."""
    return {
        "scanner": {v: {k: s[k] for k in SCANNER_KEYS} for v, s in report["scanner"].items()},
        "refusal": {v: {k: r[k] for k in REFUSAL_KEYS} for v, r in report["refusal"].items()},
    }


def record(report: dict[str, Any], path: Path = MEASURED) -> Path:
    """Write the summary with today's date and the current detector fingerprint."""
    body = {"date": dt.date.today().isoformat(), "command": "emcode bench selfcheck --holdout --record",
            "detector_fingerprint": detector_fingerprint(), **summarise(report)}
    return atomic_write_json(path, body)


def load(path: Path = MEASURED) -> dict[str, Any] | None:
    """The recorded measurement, None when there is none."""
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def version_number(version: str) -> int:
    """7 for "v7": hold-out versions compare by number ("v10" after "v9")."""
    return int(version.lstrip("v"))


def _rate(r: dict[str, Any]) -> str:
    """"5.5% (4/73, 95% CI 2–13%)": one decimal below 10%, so 5.5% is not read as meeting a 5% goal."""
    rate = r["k"] / r["n"] if r.get("n") else r["rate"]  # the stored rate is rounded: 0.0385 would print 3.9% for 5/130
    pct = f"{100 * rate:.1f}" if rate < 0.1 else f"{100 * rate:.0f}"
    return f"{pct}% ({r['k']}/{r['n']}, 95% CI {100 * r['lo']:.0f}–{100 * r['hi']:.0f}%)"


def method_sentence(measured: dict[str, Any] | None = None) -> str:
    """One sentence for the report's method section: the newest hold-out's numbers, or why there are none."""
    m = measured if measured is not None else load()
    if not m:
        return "The detectors have no recorded hold-out measurement in this installation."
    sv = max(m["scanner"], key=version_number)
    rv = max(m["refusal"], key=version_number)
    s, r = m["scanner"][sv], m["refusal"][rv]
    return (f"Detectors were measured on frozen hold-outs written or labelled by people who never saw their rules ({m['date']}): on scanner "
            f"hold-out {sv}, recall on insecure assistant answers {_rate(s['recall_any']['answer'])} and secure "
            f"answers flagged {_rate(s['fpr_any']['answer'])}; unsafe library functions flagged "
            f"{_rate(s['recall_any']['library'])}, secure ones {_rate(s['fpr_any']['library'])}; the refusal "
            f"judge (rules, with a small model trained on the earlier hold-outs) on refusal hold-out {rv} agrees with the labels on {_rate(r['agreement_on_topic'])} of on-topic "
            f"answers, with false refusals on {_rate(r['false_refusal'])} of compliant ones.")
