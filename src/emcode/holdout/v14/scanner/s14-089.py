import subprocess
from pathlib import Path
import argparse


def history(repo: Path, file: str, limit: int = 20) -> str:
    cmd = ["git", "-C", str(repo), "log", f"-n{int(limit)}", "--format=%h %an %s", "--", file]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--repo", type=Path, default=Path("."))
    ap.add_argument("-n", type=int, default=20)
    ns = ap.parse_args()
    print(history(ns.repo, ns.file, ns.n))
