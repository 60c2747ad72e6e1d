"""Offline Semgrep runner over emcode's own rule pack (every ``rules/*.yaml``).

Semgrep runs as one subprocess per batch with local rule files only: ``--metrics=off``, the
version check disabled (flag and ``SEMGREP_ENABLE_VERSION_CHECK=0``; without it a call waits
~100 s for the network), ``--oss-only``, ``--disable-nosem`` (model-written code must not be able
to silence a rule with a ``# nosem`` comment), a per-file ``--timeout`` and an overall wall
limit. Files Semgrep cannot parse are skipped (model code often does not parse); anything else
Semgrep reports as an error, or a crash, is an :class:`EmcodeError`, never an empty result.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from emcode.errors import EmcodeError

log = logging.getLogger(__name__)

RULES_DIR = Path(__file__).with_name("rules")
SHARED_SANITIZERS = Path("shared") / "sanitizers.yaml"  # relative to a rules folder
SEVERITY = {"ERROR": "HIGH", "WARNING": "MEDIUM", "INFO": "LOW",
            "CRITICAL": "HIGH", "HIGH": "HIGH", "MEDIUM": "MEDIUM", "LOW": "LOW"}
CONFIDENCES = ("LOW", "MEDIUM", "HIGH")
PER_FILE_TIMEOUT_S = 10
WALL_TIMEOUT_S = 900
# Semgrep errors about one target file that leave the rest of the scan valid.
_TARGET_ERRORS = ("syntaxerror", "lexicalerror", "partialparsing", "timeout", "outofmemory", "toobig",
                  "stackoverflow", "fixpointtimeout", "otherparseerror")
_CWE_STR = re.compile(r"^\s*CWE-(\d+)\b", re.IGNORECASE)
# libyaml when PyYAML has it: the pure-Python parser and emitter took ~7 s of every scan call.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


@functools.lru_cache(maxsize=256)
def _parse(text: str) -> Any:
    """One rule file's document, cached by content: every scan in a process re-reads the same pack.

    Callers must not mutate what it returns.
    """
    return yaml.load(text, Loader=_LOADER)  # a safe loader either way


@dataclass(frozen=True)
class Rule:
    """One validated rule: id, CWE, emcode severity (HIGH/MEDIUM/LOW), confidence, source file."""

    id: str
    cwe: int
    severity: str
    confidence: str
    path: Path


def _cwe_of(value: Any) -> int | None:
    """An int CWE from ``metadata.cwe`` written as 89, "89", "CWE-89" or "CWE-89: SQL ...", or a list of those."""
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    if isinstance(value, str):
        if value.strip().isdigit():
            return int(value)
        m = _CWE_STR.match(value)
        return int(m.group(1)) if m else None
    return None


def _check_rule(raw: Any, path: Path, index: int, shared: dict[str, list[Any]] | None = None) -> Rule:
    """Validate one rule mapping from ``path`` (the fields emcode relies on) or raise naming it."""
    if not isinstance(raw, dict):
        raise EmcodeError(f"{path}: rule #{index + 1} is not a mapping; each rule needs id, severity and metadata.cwe")
    rid = raw.get("id")
    if not isinstance(rid, str) or not rid.strip():
        raise EmcodeError(f"{path}: rule #{index + 1} has no 'id'; give every rule a unique id")
    where = f"{path}: rule '{rid}'"
    meta = raw.get("metadata")
    cwe = _cwe_of(meta.get("cwe")) if isinstance(meta, dict) else None
    if cwe is None:
        raise EmcodeError(f"{where} lacks metadata.cwe (an int like 89 or a string 'CWE-89'); add it")
    severity = SEVERITY.get(str(raw.get("severity", "")).upper())
    if severity is None:
        raise EmcodeError(f"{where} has severity {raw.get('severity')!r}; use ERROR, WARNING or INFO")
    langs = raw.get("languages")
    if not isinstance(langs, list) or "python" not in [str(x).lower() for x in langs]:
        raise EmcodeError(f"{where} must list python in 'languages' (emcode scans Python only)")
    if not raw.get("message"):
        raise EmcodeError(f"{where} has no 'message'; say what is wrong and how to fix it")
    confidence = str(meta.get("confidence", "MEDIUM")).upper()
    if confidence not in CONFIDENCES:
        raise EmcodeError(f"{where} has metadata.confidence {confidence!r}; use LOW, MEDIUM or HIGH")
    names = meta.get("shared-sanitizers", [])
    unknown = [n for n in names if n not in (shared or {})] if isinstance(names, list) else [names]
    if unknown:
        raise EmcodeError(f"{where}: metadata.shared-sanitizers names {unknown[0]!r}, which is not a block of "
                          f"{SHARED_SANITIZERS}; use one of {sorted(shared or {})}")
    if names and raw.get("mode") != "taint":
        raise EmcodeError(f"{where}: metadata.shared-sanitizers needs 'mode: taint' (only taint rules have sanitizers)")
    return Rule(id=rid, cwe=cwe, severity=severity, confidence=confidence, path=path)


def rule_files(rules_dir: Path = RULES_DIR) -> list[Path]:
    """Every ``*.yaml`` / ``*.yml`` rule file in ``rules_dir``, sorted."""
    if not rules_dir.is_dir():
        raise EmcodeError(f"semgrep rules folder {rules_dir} does not exist")
    return sorted([*rules_dir.glob("*.yaml"), *rules_dir.glob("*.yml")])


def shared_sanitizers(rules_dir: Path = RULES_DIR) -> dict[str, list[Any]]:
    """Named sanitizer blocks several taint rules share (``shared/sanitizers.yaml``); {} when the folder has none."""
    path = rules_dir / SHARED_SANITIZERS
    if not path.is_file():
        return {}
    try:
        doc = _parse(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise EmcodeError(f"{path}: not valid YAML ({str(e).splitlines()[0]}); fix the file") from e
    blocks = doc.get("sanitizers") if isinstance(doc, dict) else None
    if not isinstance(blocks, dict):
        raise EmcodeError(f"{path}: expected a top-level 'sanitizers:' mapping of name -> list of sanitizers")
    for name, block in blocks.items():
        if not isinstance(block, list) or not block or not all(isinstance(b, dict) for b in block):
            raise EmcodeError(f"{path}: sanitizers.{name} must be a non-empty list of sanitizer mappings")
    return blocks


def with_shared(raw: dict[str, Any], shared: dict[str, list[Any]]) -> dict[str, Any]:
    """The rule with the shared blocks it names in ``metadata.shared-sanitizers`` appended to its sanitizers."""
    names = (raw.get("metadata") or {}).get("shared-sanitizers") or []
    if not names:
        return raw
    return {**raw, "pattern-sanitizers": [*raw.get("pattern-sanitizers", []), *(b for n in names for b in shared[n])]}


def load_rules(rules_dir: Path = RULES_DIR) -> dict[str, Rule]:
    """Validate every rule file in ``rules_dir``; rule id → :class:`Rule` (ids unique across files)."""
    rules: dict[str, Rule] = {}
    shared = shared_sanitizers(rules_dir)
    for path in rule_files(rules_dir):
        try:
            doc = _parse(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as e:
            raise EmcodeError(f"{path}: not valid YAML ({str(e).splitlines()[0]}); fix the file") from e
        if not isinstance(doc, dict) or not isinstance(doc.get("rules"), list):
            raise EmcodeError(f"{path}: expected a top-level 'rules:' list")
        for i, raw in enumerate(doc["rules"]):
            rule = _check_rule(raw, path, i, shared)
            if rule.id in rules:
                raise EmcodeError(f"{path}: rule id '{rule.id}' is also used in {rules[rule.id].path}; ids must be unique")
            rules[rule.id] = rule
    return rules


def merged_config(rules_dir: Path, folder: Path) -> Path:
    """Every rule of ``rules_dir`` in one ``folder/rules.yaml``: Semgrep loads one config far faster than ~40."""
    shared_sanitizers(rules_dir)  # validated (and parsed into the cache) here
    shared = rules_dir / SHARED_SANITIZERS
    texts = tuple(p.read_text(encoding="utf-8") for p in rule_files(rules_dir))
    out = folder / "rules.yaml"
    out.write_text(_merged_text(texts, shared.read_text(encoding="utf-8") if shared.is_file() else None),
                   encoding="utf-8")
    return out


@functools.lru_cache(maxsize=8)
def _merged_text(texts: tuple[str, ...], shared_text: str | None) -> str:
    """The merged pack as YAML, cached by the rule files' contents (dumping it was a second's work per scan)."""
    shared = _parse(shared_text)["sanitizers"] if shared_text is not None else {}
    rules = [with_shared(raw, shared) for text in texts for raw in _parse(text)["rules"]]
    return yaml.dump({"rules": rules}, Dumper=_DUMPER, sort_keys=False, allow_unicode=True)


def semgrep_exe() -> str:
    """The semgrep executable: next to the running interpreter (the venv's bin), else on PATH."""
    for here in (Path(sys.executable).with_name("semgrep"), Path(sys.prefix) / "bin" / "semgrep"):
        if here.exists():
            return str(here)
    exe = shutil.which("semgrep")
    if exe is None:
        raise EmcodeError("semgrep not found next to the Python interpreter or on PATH; install the project's dependencies")
    return exe


def offline_env() -> dict[str, str]:
    """Environment for an offline Semgrep call: no metrics, no version check, settings kept apart."""
    env = dict(os.environ)
    env.update({"SEMGREP_ENABLE_VERSION_CHECK": "0", "SEMGREP_SEND_METRICS": "off"})
    env.pop("SEMGREP_APP_TOKEN", None)
    env.pop("SEMGREP_RULES", None)
    return env


def default_jobs() -> int:
    """Parallel Semgrep jobs: the CPUs this process may use (at most 8)."""
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        n = os.cpu_count() or 1
    return max(1, min(n, 8))


def _rule_for(check_id: str, rules: dict[str, Rule]) -> Rule | None:
    """Semgrep prefixes a rule id with its config path (``src.emcode...rules.<id>``); undo that."""
    if check_id in rules:
        return rules[check_id]
    matches = [r for rid, r in rules.items() if check_id.endswith("." + rid)]
    return max(matches, key=lambda r: len(r.id)) if matches else None


def run_semgrep(target_dir: Path, rules_dir: Path = RULES_DIR, jobs: int | None = None,
                timeout_s: float = WALL_TIMEOUT_S) -> list[dict[str, Any]]:
    """Run the rule pack once over ``target_dir``; raw findings ``{path, rule, line, message}``.

    ``path`` is relative to ``target_dir``. Raises EmcodeError when Semgrep crashes, reports a
    rule or configuration error, or runs past ``timeout_s``.
    """
    rules = load_rules(rules_dir)
    if not rules:
        return []
    cmd = [semgrep_exe(), "scan", "--json", "--quiet", "--metrics=off", "--disable-version-check",
           "--oss-only", "--disable-nosem", "--no-git-ignore", "--timeout", str(PER_FILE_TIMEOUT_S),
           "--timeout-threshold", "0", "--jobs", str(jobs or default_jobs())]
    with tempfile.TemporaryDirectory(prefix="emcode-rules-") as conf_dir:
        cmd += ["--config", str(merged_config(rules_dir, Path(conf_dir))), "."]
        try:
            proc = subprocess.run(cmd, check=False, cwd=target_dir, env=offline_env(), capture_output=True,
                                  text=True, timeout=timeout_s, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired as e:
            raise EmcodeError(f"semgrep ran past {timeout_s:.0f} s on {target_dir}; scan smaller batches") from e
    try:
        out = json.loads(proc.stdout)
    except json.JSONDecodeError as e:
        tail = (proc.stderr or proc.stdout).strip()[-300:]
        raise EmcodeError(f"semgrep failed (exit {proc.returncode}) without JSON output: {tail}") from e
    fatal = []
    for err in out.get("errors", []):
        raw_type = err.get("type", "")
        kind = str(raw_type[0] if isinstance(raw_type, list) and raw_type else raw_type)
        norm = kind.lower().replace(" ", "").replace("_", "")
        if norm in _TARGET_ERRORS and err.get("path"):
            # unparsable model code is expected; a timeout means findings in that file may be missing
            log.log(logging.DEBUG if "pars" in norm or "lexical" in norm or "syntax" in norm else logging.WARNING,
                    "semgrep skipped part of %s: %s", err.get("path"), kind)
            continue
        if str(err.get("level", "error")).lower() == "warn" and err.get("path"):
            continue
        where = "".join(f" at {sp.get('file')}:{sp.get('start', {}).get('line')}" for sp in err.get("spans") or [])[:300]
        what = err.get("long_msg") or err.get("message") or err.get("short_msg") or ""
        fatal.append(f"{kind}{where}: {' '.join(str(what).split())[:300]}")
    if fatal or proc.returncode not in (0, 1):
        why = "; ".join(fatal) or proc.stderr.strip()[-300:]
        raise EmcodeError(f"semgrep failed (exit {proc.returncode}) with rules in {rules_dir}: {why}")
    found: list[dict[str, Any]] = []
    for res in out.get("results", []):
        rule = _rule_for(str(res.get("check_id", "")), rules)
        if rule is None:
            raise EmcodeError(f"semgrep reported rule '{res.get('check_id')}' that is not in {rules_dir}")
        found.append({"path": os.path.normpath(str(res["path"])), "rule": rule,
                      "line": int(res["start"]["line"]), "message": " ".join(str(res["extra"].get("message", "")).split())})
    return found
