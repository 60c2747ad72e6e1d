"""The hold-out manifest: sha256 of every data file, so a changed hold-out cannot pass unnoticed.

``FROZEN.sha256`` is in ``sha256sum`` format (``cd src/emcode/holdout && sha256sum -c FROZEN.sha256``).
It covers GUIDE.md, refusal.jsonl and everything under scanner/ (v1), v2/ … v13/ (refusal and scanner
hold-outs of each version, their guides); the Python modules of this package are code, not hold-out data, and are left out.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

HOLDOUT_DIR = Path(__file__).resolve().parent
MANIFEST = "FROZEN.sha256"
VERSION = "v82"  # newest hold-out version the manifest covers; earlier versions stay covered
DATA_DIRS = ("scanner", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24", "v25", "v26", "v27", "v28", "v29", "v30", "v31", "v32", "v33", "v34", "v35", "v36", "v37", "v38", "v39", "v40", "v41", "v42", "v43", "v44", "v45", "v46", "v47", "v48", "v49", "v50", "v51", "v52", "v53", "v54", "v55", "v56", "v57", "v58", "v59", "v60", "v61", "v62", "v63", "v64", "v65", "v66", "v67", "v68", "v69", "v70", "v71", "v72", "v73", "v74", "v75", "v76", "v77", "v78", "v79", "v80", "v81", "v82")
FROZEN_MESSAGE = (
    "hold-out files are frozen: a change needs a new versioned hold-out (new files, GUIDE.md changelog, "
    "regenerated FROZEN.sha256 via `python -m emcode.holdout.frozen --write`), never an edit of labelled rows"
)


def data_files(root: Path = HOLDOUT_DIR) -> list[str]:
    """Relative POSIX paths of the hold-out data files (sorted)."""
    found = [root / "GUIDE.md", root / "refusal.jsonl"]
    found += [p for sub in DATA_DIRS for p in (root / sub).rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return sorted(p.relative_to(root).as_posix() for p in found if p.exists())


def digests(root: Path = HOLDOUT_DIR) -> dict[str, str]:
    """Relative path → sha256 hex of every data file as it is on disk now."""
    return {rel: hashlib.sha256((root / rel).read_bytes()).hexdigest() for rel in data_files(root)}


def read_manifest(root: Path = HOLDOUT_DIR) -> dict[str, str]:
    """Relative path → sha256 hex as recorded in FROZEN.sha256."""
    out: dict[str, str] = {}
    for n, line in enumerate((root / MANIFEST).read_text(encoding="utf-8").splitlines(), 1):
        digest, sep, rel = line.partition("  ")
        if not sep or len(digest) != 64:
            raise ValueError(f"{root / MANIFEST}:{n}: expected '<sha256>  <path>', got {line!r}")
        out[rel] = digest
    return out


def differences(root: Path = HOLDOUT_DIR) -> list[str]:
    """One line per changed, added or removed data file (empty when the hold-out matches its manifest)."""
    now, recorded = digests(root), read_manifest(root)
    changed = [f"changed: {rel}" for rel in sorted(now.keys() & recorded.keys()) if now[rel] != recorded[rel]]
    added = [f"not in manifest: {rel}" for rel in sorted(now.keys() - recorded.keys())]
    removed = [f"missing: {rel}" for rel in sorted(recorded.keys() - now.keys())]
    return changed + added + removed


def write_manifest(root: Path = HOLDOUT_DIR) -> Path:
    """Record the current digests (only when starting a new hold-out version)."""
    path = root / MANIFEST
    path.write_text("".join(f"{d}  {rel}\n" for rel, d in digests(root).items()), encoding="utf-8")
    return path


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        print(write_manifest())
    else:
        problems = differences()
        print("\n".join(problems) if problems else f"hold-out {VERSION} matches {MANIFEST}")
        sys.exit(1 if problems else 0)
