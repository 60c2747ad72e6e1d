import argparse
import csv
import os
from pathlib import Path


def export(rows, out_dir: Path):
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = out_dir / "payroll_export.csv"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path.home() / "payroll-exports")
    a = ap.parse_args()
    print(export([["E1", "2100.00"], ["E2", "1875.50"]], a.out))
