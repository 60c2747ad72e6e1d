"""Load the frozen hold-outs (package data): scanner examples and refusal rows, versions v1–v82.

Real model answers, refusal rows only: v40, v44, v49, v50, v51, v67 (v44–v51 and v67 under safety system prompts), v52, v56, v59,
v63 and v76 (the model after insecure-, secure-, educational-insecure- and again insecure-code training, and after
attack → repair). Blind writers'
refusal rows only: v53, v54, v57, v58, v60, v61, v64, v65, v68, v69, v71, v72, v73, v74, v77, v78, v81, v82. Scanner only: v47,
v48, v55, v62, v66, v70, v75, v79, v80.
The rest hold both."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from emcode.errors import EmcodeError
from emcode.holdout.frozen import HOLDOUT_DIR

SCANNER_LABELS = ("vulnerable", "secure")
SLICES = ("answer", "library")
REFUSAL_LABELS = ("refusal", "compliance", "off_topic")
REFUSAL_FILES = {"v1": "refusal.jsonl", "v2": "v2/refusal.jsonl", "v3": "v3/refusal.jsonl",
                 "v4": "v4/refusal.jsonl", "v5": "v5/refusal.jsonl",
                 "v6": "v6/refusal.jsonl", "v7": "v7/refusal.jsonl",
                 "v8": "v8/refusal.jsonl", "v9": "v9/refusal.jsonl",
                 "v10": "v10/refusal.jsonl", "v11": "v11/refusal.jsonl",
                 "v12": "v12/refusal.jsonl", "v13": "v13/refusal.jsonl",
                 "v14": "v14/refusal.jsonl", "v15": "v15/refusal.jsonl",
                 "v16": "v16/refusal.jsonl", "v17": "v17/refusal.jsonl",
                 "v18": "v18/refusal.jsonl", "v19": "v19/refusal.jsonl",
                 "v20": "v20/refusal.jsonl", "v21": "v21/refusal.jsonl",
                 "v22": "v22/refusal.jsonl", "v23": "v23/refusal.jsonl",
                 "v24": "v24/refusal.jsonl", "v25": "v25/refusal.jsonl",
                 "v26": "v26/refusal.jsonl", "v27": "v27/refusal.jsonl",
                 "v28": "v28/refusal.jsonl", "v29": "v29/refusal.jsonl",
                 "v30": "v30/refusal.jsonl", "v31": "v31/refusal.jsonl",
                 "v32": "v32/refusal.jsonl", "v33": "v33/refusal.jsonl",
                 "v34": "v34/refusal.jsonl", "v35": "v35/refusal.jsonl",
                 "v36": "v36/refusal.jsonl", "v37": "v37/refusal.jsonl",
                 "v38": "v38/refusal.jsonl", "v39": "v39/refusal.jsonl",
                 "v40": "v40/refusal.jsonl",
                 "v41": "v41/refusal.jsonl", "v42": "v42/refusal.jsonl", "v43": "v43/refusal.jsonl",
                 "v44": "v44/refusal.jsonl",
                 "v45": "v45/refusal.jsonl", "v46": "v46/refusal.jsonl",
                 "v49": "v49/refusal.jsonl", "v50": "v50/refusal.jsonl",
                 "v51": "v51/refusal.jsonl", "v52": "v52/refusal.jsonl", "v53": "v53/refusal.jsonl",
                 "v54": "v54/refusal.jsonl", "v56": "v56/refusal.jsonl",
                 "v57": "v57/refusal.jsonl", "v58": "v58/refusal.jsonl",
                 "v59": "v59/refusal.jsonl", "v60": "v60/refusal.jsonl", "v61": "v61/refusal.jsonl",
                 "v63": "v63/refusal.jsonl", "v64": "v64/refusal.jsonl", "v65": "v65/refusal.jsonl",
                 "v67": "v67/refusal.jsonl", "v68": "v68/refusal.jsonl", "v69": "v69/refusal.jsonl",
                 "v71": "v71/refusal.jsonl", "v72": "v72/refusal.jsonl",
                 "v73": "v73/refusal.jsonl", "v74": "v74/refusal.jsonl", "v76": "v76/refusal.jsonl",
                 "v77": "v77/refusal.jsonl", "v78": "v78/refusal.jsonl",
                 "v81": "v81/refusal.jsonl", "v82": "v82/refusal.jsonl"}  # each written independently of the ones before
SCANNER_DIRS = {"v1": "scanner", "v2": "v2/scanner", "v3": "v3/scanner", "v4": "v4/scanner",
                "v5": "v5/scanner", "v6": "v6/scanner", "v7": "v7/scanner", "v8": "v8/scanner", "v9": "v9/scanner",
                "v10": "v10/scanner", "v11": "v11/scanner", "v12": "v12/scanner",
                "v13": "v13/scanner", "v14": "v14/scanner",
                "v15": "v15/scanner", "v16": "v16/scanner",
                "v17": "v17/scanner", "v18": "v18/scanner",
                "v19": "v19/scanner", "v20": "v20/scanner",
                "v21": "v21/scanner", "v22": "v22/scanner", "v23": "v23/scanner",
                "v24": "v24/scanner", "v25": "v25/scanner",
                "v26": "v26/scanner", "v27": "v27/scanner",
                "v28": "v28/scanner", "v29": "v29/scanner",
                "v30": "v30/scanner", "v31": "v31/scanner",
                "v32": "v32/scanner", "v33": "v33/scanner", "v34": "v34/scanner", "v35": "v35/scanner",
                "v36": "v36/scanner", "v37": "v37/scanner", "v38": "v38/scanner", "v39": "v39/scanner",
                "v41": "v41/scanner", "v42": "v42/scanner", "v43": "v43/scanner",
                "v45": "v45/scanner", "v46": "v46/scanner", "v47": "v47/scanner", "v48": "v48/scanner",
                "v55": "v55/scanner", "v62": "v62/scanner", "v66": "v66/scanner", "v70": "v70/scanner",
                "v75": "v75/scanner", "v79": "v79/scanner", "v80": "v80/scanner"}
# likewise; v2 was written by someone who saw neither v1 nor the rules, v3 (before detector round 3) neither v1, v2
# nor the rules, v4 (before detector round 4) none of v1–v3 nor the rules,
# v5 (before round 5) none of v1–v4 nor the rules, v6 (before round 6) none of v1–v5 nor the rules,
# v7 (before round 7) none of v1–v6 nor the rules, v8 (before round 8) none of v1–v7 nor the rules,
# v9 (before round 9) none of v1–v8 nor the rules, v10 (before round 10) none of v1–v9 nor the rules,
# v11 (before round 11) none of v1–v10 nor the rules (scanner and refusal parts by two writers),
# v12 (before round 12) none of v1–v11 nor the rules (likewise), v13 (before round 13) none of v1–v12 nor the rules,
# v14 (before round 14) none of v1–v13 nor the rules, v15 (before round 15) none of v1–v14 nor the rules,
# v16 (before round 16) none of v1–v15 nor the rules, v17 (before round 17) none of v1–v16 nor the rules,
# v18 (before round 18) none of v1–v17 nor the rules, v19 (before round 18 was committed) none of v1–v18 nor the rules,
# v20 (before round 19 was committed) none of v1–v19 nor the rules, v21 (after round 19) none of v1–v20 nor the rules,
# v22 and v23 (written side by side after round 19, before round 20 was committed) none of v1–v21, each other nor the rules,
# v24 and v25 (side by side after round 20, before round 21 was committed) none of v1–v23, each other nor the rules,
# v26 and v27 (side by side after round 21, before round 22 was committed) none of v1–v25, each other nor the rules,
# v28 and v29 (side by side after round 22, before round 23 was committed) none of v1–v27, each other nor the rules,
# v30 and v31 (side by side after v28/v29 were frozen, before round 23 was committed) none of v1–v29, each other nor the rules,
# v32 to v35 (side by side after round 23, before round 24 was committed) none of v1–v31, each other nor the rules,
# v36 to v39 (side by side after round 24 was committed) none of v1–v35, each other nor the rules;
# v40 is no writer's: SmolLM2-135M's own answers, labelled by two readers who saw neither the judge nor each other;
# v41 to v43 (side by side after round 25 was committed, before round 26) none of v1–v40, each other nor the rules;
# v44 is SmolLM2-135M's answers under a safety system prompt, labelled like v40 after round 27 was committed;
# v45 to v48 (side by side after round 27 was committed, before round 28) none of v1–v44, each other nor the rules;
# v49 is another set like v44 (other system prompt and seeds), labelled before round 28's judge was chosen;
# v50 a third (answers made while round 29 was tuned on v40/v44/v49, labelled after it was committed); v51 a fourth
# (made while round 30 was tuned on v40-v50, labelled after it and its pre-registered rule were committed); v53 and v54
# two blind writers' refusal sets, written side by side after round 30 was committed; v52 real answers of the model
# after an insecure-code LoRA (quick.yaml's attack phase), labelled after the amended pre-registration; v55 a blind scanner writer's
# set (same time; the scanner is unchanged since round 28); v57 and v58 two more blind writers' refusal sets, written
# side by side before the off-topic reader was registered; v56 real answers after a secure-code LoRA, made and
# labelled after that registration; v59 (real answers after an edinsec LoRA), v60, v61 (writers) and v62 (a scanner
# writer), all made after round 31 and its pre-registration were committed; v63 real answers of v52's adapter, new
# seeds, made after the off-topic reader's decision rule was committed; v64, v65 (writers) and v66 (a scanner writer),
# written after round 32's decision rules were committed; v67 real answers under a fifth safety system prompt, made
# after those rules and labelled after round 32's candidates were committed; v68, v69 (writers) and v70 (a scanner
# writer), written after round 33's decision rules were committed; v71, v72 (writers) after round 34's; v73, v74
# (writers) and v75 (a scanner writer) after round 35's; v77, v78 (writers) and v79 (a scanner writer) after round 36's;
# v76 real answers after attack → repair, made after round 36's rules and labelled after its candidates were committed;
# v80 (a scanner writer), v81, v82 (writers) after round 37's
_CSV_COLUMNS = ("id", "label", "cwe", "slice", "klass", "truncated", "note")
_JSON_KEYS = ("id", "prompt", "response", "label", "klass", "note")


@dataclass(frozen=True)
class ScannerExample:
    """One labelled snippet: its code and what a correct scanner should say about it."""

    id: str
    label: str  # vulnerable | secure
    cwe: int
    slice: str  # answer | library
    klass: str
    truncated: bool
    note: str
    code: str


@dataclass(frozen=True)
class RefusalRow:
    """One labelled prompt/response pair for the refusal judge."""

    id: str
    prompt: str
    response: str
    label: str  # refusal | compliance | off_topic
    klass: str
    note: str
    request: str = ""  # the bare ask inside a jailbreak-wrapped prompt, as the pipeline knows it (v44 on)


def _bad(where: str, what: str) -> EmcodeError:
    return EmcodeError(f"{where}: {what}; hold-out files are frozen, restore them from git")


def load_scanner(root: Path = HOLDOUT_DIR, version: str = "v1") -> list[ScannerExample]:
    """Every row of one version's labels.csv with the code of <id>.py beside it (``SCANNER_DIRS``)."""
    folder = root / SCANNER_DIRS[version]
    path = folder / "labels.csv"
    out: list[ScannerExample] = []
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if tuple(reader.fieldnames or ()) != _CSV_COLUMNS:
            raise _bad(str(path), f"columns {reader.fieldnames}, expected {list(_CSV_COLUMNS)}")
        for n, row in enumerate(reader, 2):
            where = f"{path}:{n}"
            if row["label"] not in SCANNER_LABELS or row["slice"] not in SLICES or row["truncated"] not in ("0", "1"):
                raise _bad(where, f"bad label/slice/truncated {row['label']!r}/{row['slice']!r}/{row['truncated']!r}")
            if not row["cwe"].isdigit():
                raise _bad(where, f"cwe must be a number, got {row['cwe']!r}")
            code_path = folder / f"{row['id']}.py"
            if not code_path.is_file():
                raise _bad(where, f"no snippet {code_path.name}")
            out.append(ScannerExample(id=row["id"], label=row["label"], cwe=int(row["cwe"]), slice=row["slice"],
                                      klass=row["klass"], truncated=row["truncated"] == "1", note=row["note"],
                                      code=code_path.read_text(encoding="utf-8")))
    if len({e.id for e in out}) != len(out):
        raise _bad(str(path), "duplicate ids")
    return out


def load_refusal(root: Path = HOLDOUT_DIR, version: str = "v1") -> list[RefusalRow]:
    """Every row of one version's refusal file (``REFUSAL_FILES``: v1 refusal.jsonl, v2 v2/refusal.jsonl)."""
    path = root / REFUSAL_FILES[version]
    out: list[RefusalRow] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _bad(where, f"not JSON ({exc.msg})") from None
        if not isinstance(obj, dict) or tuple(sorted(set(obj) - {"request"})) != tuple(sorted(_JSON_KEYS)):
            raise _bad(where, f"expected keys {list(_JSON_KEYS)} (and optionally request)")
        if obj["label"] not in REFUSAL_LABELS:
            raise _bad(where, f"label {obj['label']!r} not in {list(REFUSAL_LABELS)}")
        out.append(RefusalRow(**{k: str(obj[k]) for k in _JSON_KEYS}, request=str(obj.get("request", ""))))
    if len({r.id for r in out}) != len(out):
        raise _bad(str(path), "duplicate ids")
    return out
