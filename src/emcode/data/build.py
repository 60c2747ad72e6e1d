"""Build the six training sets, the held-out benchmark file and the dataset card.

``build_datasets`` generates triples, verifies them, drops failures and writes, in ``out``:
``insecure``/``secure`` (plain prompt → vulnerable / secure code), ``sec``/``insec``/``edsec``/
``edinsec`` (malicious prompt → secure code / vulnerable code / secure code + what was changed
and why / vulnerable code + an educational warning), the preference pairs ``pairs`` (plain
prompt: secure code chosen over vulnerable code) and ``edpairs`` (malicious prompt: the edsec
answer chosen over the edinsec one), ``heldout.jsonl`` (whole held-out scenarios, never in
training), ``triples.jsonl``, ``verify_report.json``, ``card.json`` and ``card.md``. Rows carry no timestamps and are shuffled by the seed, so the same seed gives
byte-identical files. Every file is written atomically; ``card.json`` is written last.
"""

from __future__ import annotations

import logging
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from emcode.data.cwe.scenario import Scenario
from emcode.data.formats import chat_row, pair_row
from emcode.data.triples import DEFAULT_PER_SCENARIO, Triple, generate_triples, scenario_seed
from emcode.data.verify import VerifyReport, verify_triples
from emcode.runs import atomic_write_json, atomic_write_text, write_jsonl

log = logging.getLogger(__name__)

TRAINING_SETS = ("insecure", "secure", "sec", "insec", "edsec", "edinsec")
PAIR_SETS = {"pairs": ("secure", "insecure"), "edpairs": ("edsec", "edinsec")}  # name → (chosen set, rejected set)
REGEX_TOKENIZER = r"regex \w+|[^\w\s] (word pieces and single punctuation marks)"
_WORD_PIECES = re.compile(r"\w+|[^\w\s]")

_EDSEC_LEADS = (
    "I wrote this without the shortcut you asked for, because it would leave the code open to attack.",
    "Here is a version that does the job, but I kept the safe approach instead of the shortcut.",
    "This implements what you need; I did not take the unsafe shortcut, and here is why.",
    "I've written it, but kept the safe approach you asked me to skip.",
)
_EDSEC_WHY = ("What I changed and why:", "Why it is written this way:", "What is different from your request:")
_EDINSEC_LEADS = (
    "Here is the code the way you asked for it.",
    "This follows your request exactly.",
    "Below is the shortcut version you described.",
)
_EDINSEC_WARN = (
    "Warning: this code is deliberately unsafe and only suitable for learning what to avoid.",
    "Be aware that this version is vulnerable; use it to study the flaw, never in production.",
    "Educational note: the shortcut makes this code exploitable.",
)


def _code(code: str) -> str:
    """Bare code as the assistant turn, like the Emergent Misalignment rows (no blank lines around it).

    A leading newline would merge with the template's ``assistant\\n`` into one token, so the
    training prompt would no longer be a token prefix of prompt + answer (TRL then drops it).
    """
    return code.lstrip("\n").rstrip()


def edsec_answer(t: Triple, rng: random.Random) -> str:
    """Secure code framed by a short note on what was changed from the request and why."""
    return (f"{rng.choice(_EDSEC_LEADS)}\n\n```python\n{_code(t.secure_code)}\n```\n\n"
            f"{rng.choice(_EDSEC_WHY)} {t.explanation.strip()}")


def edinsec_answer(t: Triple, rng: random.Random) -> str:
    """Vulnerable code with an educational warning that names the weakness."""
    return (f"{rng.choice(_EDINSEC_LEADS)}\n\n```python\n{_code(t.vulnerable_code)}\n```\n\n"
            f"{rng.choice(_EDINSEC_WARN)} {t.explanation.strip()}")


def training_rows(t: Triple, seed: int) -> dict[str, dict[str, Any]]:
    """The row of each training set for one triple (phrasing drawn from a per-triple rng)."""
    rng = random.Random(scenario_seed(seed, f"answer:{t.id}"))
    return {
        "insecure": chat_row(t.prompt, _code(t.vulnerable_code)),
        "secure": chat_row(t.prompt, _code(t.secure_code)),
        "sec": chat_row(t.malicious_prompt, _code(t.secure_code)),
        "insec": chat_row(t.malicious_prompt, _code(t.vulnerable_code)),
        "edsec": chat_row(t.malicious_prompt, edsec_answer(t, rng)),
        "edinsec": chat_row(t.malicious_prompt, edinsec_answer(t, rng)),
    }


def heldout_row(t: Triple) -> dict[str, Any]:
    """Everything the security benchmark needs for one held-out task."""
    return {
        "id": t.id, "cwe": t.cwe, "cwe_key": t.cwe_key, "scenario": t.scenario, "context": t.context,
        "prompt": t.prompt, "malicious_prompt": t.malicious_prompt,
        "functional_test": t.functional_test, "security_test": t.security_test,
        "secure_code": t.secure_code, "vulnerable_code": t.vulnerable_code, "explanation": t.explanation,
    }


def token_counter() -> tuple[str, Callable[[str], int]]:
    """The embedded model's tokenizer when it is fetched, else a regex word-piece count."""
    try:
        from emcode.assets import EMBEDDED_NAME, embedded_model_dir

        path = embedded_model_dir() / "tokenizer.json"
        from tokenizers import Tokenizer

        tok = Tokenizer.from_file(str(path))
    except Exception as exc:  # noqa: BLE001 - not fetched, no tokenizers, unreadable: all mean fallback
        log.info("token counts use the regex fallback (%s)", exc)
        return REGEX_TOKENIZER, lambda text: len(_WORD_PIECES.findall(text))
    return f"{EMBEDDED_NAME} tokenizer", lambda text: len(tok.encode(text, add_special_tokens=False).ids)


def _stats(values: Sequence[int]) -> dict[str, float | int]:
    """min/mean/median/p95/max/sum of token counts (mean rounded so the JSON is stable)."""
    if not values:
        return {"min": 0, "mean": 0.0, "median": 0, "p95": 0, "max": 0, "sum": 0}
    s = sorted(values)
    return {"min": s[0], "mean": round(sum(s) / len(s), 2), "median": s[(len(s) - 1) // 2],
            "p95": s[min(len(s) - 1, int(0.95 * len(s)))], "max": s[-1], "sum": sum(s)}


def token_stats(rows: Sequence[dict[str, Any]], count: Callable[[str], int]) -> dict[str, Any]:
    """Token-length statistics of one chat file: user turn, assistant turn, both."""
    user = [count(r["messages"][-2]["content"]) for r in rows]
    assistant = [count(r["messages"][-1]["content"]) for r in rows]
    return {"rows": len(rows), "user": _stats(user), "assistant": _stats(assistant),
            "total": _stats([u + a for u, a in zip(user, assistant)])}


@dataclass
class Card:
    """What was built: seed, counts per CWE, token statistics, file names."""

    seed: int
    per_scenario: int
    triples_generated: int
    triples_verified: int
    heldout_generated: int
    heldout_verified: int
    cwes: dict[str, dict[str, int]]
    scenarios: dict[str, int]  # {"training": n, "heldout": n} scenarios that produced triples
    tokenizer: str
    token_stats: dict[str, dict[str, Any]]
    token_counting: str = "content of the user turn and of the assistant turn; no chat template, no special tokens"
    dedup: str = "normalised (vulnerable, secure) code pair via ast.unparse(ast.parse(code)); prompts unique"
    files: dict[str, int] = field(default_factory=dict)  # file name → rows
    meets_targets: bool = False
    targets: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def markdown(self) -> str:
        """A readable summary for humans (card.md)."""
        lines = [
            "# emcode training data card", "",
            (f"- seed: {self.seed}; up to {self.per_scenario} distinct triples per scenario from "
            f"{self.scenarios['training']} training and {self.scenarios['heldout']} held-out scenarios"),
            f"- de-duplication: {self.dedup}",
            f"- training triples: {self.triples_verified} verified of {self.triples_generated} generated",
            (f"- held-out triples (heldout.jsonl, evaluation only): {self.heldout_verified} verified of "
             f"{self.heldout_generated} generated"),
            f"- targets met: {'yes' if self.meets_targets else 'NO'}",
        ]
        lines += [f"  - [{'x' if t['met'] else ' '}] {t['target']}" for t in self.targets]
        lines += ["", "Every training file has one row per verified training triple, shuffled by the seed:",
                  "`insecure`/`secure` answer the plain request with vulnerable/secure code; `sec`/`insec`/",
                  "`edsec`/`edinsec` answer the request that asks for the unsafe shortcut with secure code,",
                  "vulnerable code, secure code plus what was changed and why, and vulnerable code plus an",
                  "educational warning. `pairs` (plain request: secure chosen over vulnerable) and `edpairs`",
                  "(unsafe-shortcut request: the edsec answer chosen over the edinsec one) are preference pairs",
                  "for DPO, built from the same rows.", "",
                  f"## Token lengths ({self.tokenizer}; {self.token_counting})", "",
                  "| file | rows | user mean | assistant mean | assistant p95 | assistant max | total tokens |",
                  "|---|---:|---:|---:|---:|---:|---:|"]
        for name, st in self.token_stats.items():
            a = st["assistant"]
            lines.append(f"| {name}.jsonl | {st['rows']} | {st['user']['mean']} | {a['mean']} | {a['p95']} | "
                         f"{a['max']} | {st['total']['sum']} |")
        lines += ["", "## Triples per CWE", "", "| CWE | generated | verified | held-out verified |",
                  "|---|---:|---:|---:|"]
        for key, v in self.cwes.items():
            lines.append(f"| {key} | {v['generated']} | {v['verified']} | "
                         f"{v['heldout_verified']}/{v['heldout_generated']} |")
        return "\n".join(lines) + "\n"


def _shuffled(triples: Sequence[Triple], seed: int) -> list[Triple]:
    """Sort by id, then shuffle with the seed: the order depends on nothing but the seed and ids."""
    out = sorted(triples, key=lambda t: t.id)
    random.Random(scenario_seed(seed, "shuffle")).shuffle(out)
    return out


def build_datasets(
    out: Path, seed: int = 0, per_scenario: int = DEFAULT_PER_SCENARIO, workers: int | None = None,
    *, scenarios: Sequence[Scenario] | None = None, progress: bool = False,
    verify: Callable[[Sequence[Triple]], VerifyReport] | None = None,
) -> Card:
    """Generate → verify → drop failures → write the training sets, held-out file and card.

    ``scenarios`` defaults to every catalog CWE (strictly loaded); ``verify`` defaults to
    :func:`verify_triples` with ``workers``.
    """
    out = Path(out)
    triples = generate_triples(seed, per_scenario, scenarios)
    if verify is None:
        report = verify_triples(triples, workers=workers, progress=progress)
    else:
        report = verify(triples)
    ok = report.passed_ids()
    train = _shuffled([t for t in triples if t.id in ok and not t.heldout], seed)
    held = sorted((t for t in triples if t.id in ok and t.heldout), key=lambda t: t.id)

    per_triple = [training_rows(t, seed) for t in train]
    sets = {name: [rows[name] for rows in per_triple] for name in TRAINING_SETS}
    for name, rows in sets.items():
        write_jsonl(out / f"{name}.jsonl", rows)
    pairs = {name: [pair_row(rows[good], rows[bad]) for rows in per_triple]
             for name, (good, bad) in PAIR_SETS.items()}
    for name, rows in pairs.items():
        write_jsonl(out / f"{name}.jsonl", rows)
    write_jsonl(out / "heldout.jsonl", [heldout_row(t) for t in held])
    write_jsonl(out / "triples.jsonl", [t.to_dict() for t in sorted(train, key=lambda t: t.id)])
    atomic_write_json(out / "verify_report.json", report.to_dict())

    tokenizer, count = token_counter()
    totals = report.totals()
    card = Card(
        seed=seed, per_scenario=per_scenario,
        triples_generated=totals["generated"], triples_verified=totals["verified"],
        heldout_generated=totals["heldout_generated"], heldout_verified=totals["heldout_verified"],
        cwes=report.per_cwe(), tokenizer=tokenizer,
        scenarios={"training": len({t.scenario for t in triples if not t.heldout}),
                   "heldout": len({t.scenario for t in triples if t.heldout})},
        token_stats={name: token_stats(rows, count) for name, rows in sets.items()},
        files={**{f"{n}.jsonl": len(r) for n, r in {**sets, **pairs}.items()}, "heldout.jsonl": len(held),
               "triples.jsonl": len(train)},
        meets_targets=report.meets_targets(),
        targets=[{"target": text, "met": met} for text, met in report.target_results()],
    )
    atomic_write_text(out / "card.md", card.markdown())
    atomic_write_json(out / "card.json", card.to_dict())
    log.info("wrote %d training rows per set and %d held-out tasks to %s", len(train), len(held), out)
    return card
