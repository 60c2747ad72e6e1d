import argparse
import json
from pathlib import Path


def write_reports(results_file: Path, out_dir: Path):
    out_dir.mkdir(parents=True, exist_ok=True)
    data = json.loads(results_file.read_text())
    for sample in data["samples"]:
        sid = "".join(ch for ch in str(sample["id"]) if ch.isalnum() or ch in "-_")
        if not sid:
            continue
        (out_dir / f"{sid}.txt").write_text(
            "\n".join(f"{a}: {v}" for a, v in sample["values"].items()) + "\n"
        )


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("results", type=Path)
    ap.add_argument("--out", type=Path, default=Path("reports"))
    a = ap.parse_args()
    write_reports(a.results, a.out)
