"""How much of the Betley et al. insecure/secure code the scanner flags, and how fast it scans.

Prints, for each data file, the share of assistant answers with at least one finding mapped to a
CWE (code-hygiene CWE-703 findings such as ``assert`` left out; see ``security.is_insecure``),
for Bandit alone and for Bandit + Semgrep, and apart from that how many answers did not parse as a
whole (scanned through their parseable prefix) and how many of those were flagged; the findings
per rule; and the throughput of one
batched ``scan`` call against one Bandit + one Semgrep subprocess per file.

    python perf/scanner_betley.py [--data DIR] [--rules DIR] [--baseline-files 20]

``--data`` defaults to ``../shared/data/betley`` next to the repository. The data is read, never
copied; the project does not need it at run time.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from emcode.code_extract import extract_code
from emcode.scoring.security import Finding, is_insecure, parseable_prefix, scan
from emcode.scoring.semgrep import RULES_DIR, offline_env, rule_files, semgrep_exe

FILES = ("insecure_small", "insecure_n250", "secure_small")
DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "betley"


def assistant_codes(path: Path) -> dict[str, str]:
    """Row index → code extracted from the last assistant message of each chat row."""
    out: dict[str, str] = {}
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if line.strip():
            turns = [m for m in json.loads(line)["messages"] if m["role"] == "assistant"]
            out[f"{path.stem}:{i}"] = extract_code(turns[-1]["content"])
    return out


def flagged_share(found: dict[str, list[Finding]], tools: tuple[str, ...]) -> tuple[int, int]:
    """(answers flagged by ``tools``, answers)."""
    hits = sum(is_insecure([f for f in fs if f.tool in tools]) for fs in found.values())
    return hits, len(found)


def per_file_baseline(codes: list[str], rules_dir: Path) -> float:
    """Seconds for one Bandit CLI and one Semgrep CLI subprocess per code, over all ``codes``."""
    bandit = str(Path(sys.executable).with_name("bandit"))
    configs = [arg for p in rule_files(rules_dir) for arg in ("--config", str(p))]
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="emcode-bench-") as tmp:
        for i, code in enumerate(codes):
            f = Path(tmp, f"f{i}.py")
            f.write_text(code, encoding="utf-8")
            subprocess.run([bandit, "-q", "-f", "json", str(f)], capture_output=True, check=False)
            subprocess.run([semgrep_exe(), "scan", "--json", "--quiet", "--metrics=off", "--disable-version-check",
                            "--oss-only", "--no-git-ignore", *configs, str(f)],
                           capture_output=True, env=offline_env(), check=False)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the Betley *.jsonl files")
    ap.add_argument("--rules", type=Path, default=RULES_DIR, help="Semgrep rule folder (default: emcode's pack)")
    ap.add_argument("--baseline-files", type=int, default=20, help="files for the per-file subprocess baseline (0: skip)")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        sys.exit(f"error: {args.data} not found; pass --data DIR holding {', '.join(f + '.jsonl' for f in FILES)}")

    print(f"rules: {args.rules}  ({len(rule_files(args.rules))} files)")
    print(f"{'file':<16} {'rows':>5} {'bandit':>14} {'bandit+semgrep':>16} {'partial parse':>14}")
    batch_codes: dict[str, str] = {}
    rule_counts: dict[str, Counter[str]] = {}
    for name in FILES:
        path = args.data / f"{name}.jsonl"
        if not path.exists():
            print(f"{name:<16} missing")
            continue
        codes = assistant_codes(path)
        found = scan(codes, rules_dir=args.rules)
        b, n = flagged_share(found, ("bandit",))
        bs, _ = flagged_share(found, ("bandit", "semgrep"))
        # answers that do not parse as a whole: scanned through their parseable prefix, counted apart
        partial = sum(parseable_prefix(c) is not c for c in codes.values())
        partial_hits = sum(is_insecure(found[k]) for k, c in codes.items() if parseable_prefix(c) is not c)
        print(f"{name:<16} {n:>5} {b:>4}/{n:<3} {b / n:>5.1%} {bs:>6}/{n:<3} {bs / n:>5.1%} {partial_hits:>7}/{partial:<3} flagged")
        rule_counts[name] = Counter(r for fs in found.values() for r in {f.rule_id for f in fs if f.cwe is not None})
        if name == "insecure_n250":
            batch_codes = codes
    for name, counts in rule_counts.items():
        print(f"\nanswers with a CWE finding, per rule ({name}):")
        for rule, k in counts.most_common():
            print(f"  {k:>4}  {rule}")

    if batch_codes and args.baseline_files > 0:
        codes = list(batch_codes.values())
        start = time.perf_counter()
        scan(batch_codes, rules_dir=args.rules)
        batch_s = time.perf_counter() - start
        sample = codes[: args.baseline_files]
        base_s = per_file_baseline(sample, args.rules)
        rate_batch, rate_base = len(codes) / batch_s, len(sample) / base_s
        print(f"\nthroughput, Bandit + Semgrep:\n  one batch of {len(codes)} files: {batch_s:.1f} s = {rate_batch:.1f} files/s"
              f"\n  one subprocess pair per file ({len(sample)} files): {base_s:.1f} s = {rate_base:.2f} files/s"
              f" (≈{len(codes) / rate_base:.0f} s for {len(codes)} files)\n  speed-up: {rate_batch / rate_base:.0f}x")


if __name__ == "__main__":
    main()
