#!/usr/bin/env python3
import argparse
import shutil
from pathlib import Path


def organise(root: Path, mapping_file: Path) -> int:
    root = root.resolve()
    moved = 0
    for line in mapping_file.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        src_rel, dst_rel = (p.strip() for p in line.split("->", 1))
        src = (root / src_rel).resolve()
        dst = (root / dst_rel).resolve()
        if not (src.is_relative_to(root) and dst.is_relative_to(root)):
            print(f"skip (outside root): {line}")
            continue
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(src), str(dst))
        moved += 1
    return moved


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Move photos according to a mapping file")
    ap.add_argument("root", type=Path)
    ap.add_argument("mapping", type=Path)
    a = ap.parse_args()
    print("moved", organise(a.root, a.mapping))
