#!/usr/bin/env python3
import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description="Bundle a season's harvest logs into a compressed archive")
    ap.add_argument("logs", nargs="+", type=Path)
    ap.add_argument("-o", "--output", type=Path, default=Path("harvest.tar.xz"))
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="harvest-") as tmp:
        staging = Path(tmp) / "logs"
        staging.mkdir()
        for log in args.logs:
            shutil.copy2(log, staging / log.name)
        subprocess.run(["tar", "-C", tmp, "-cJf", str(args.output.resolve()), "logs"], check=True)
    print("wrote", args.output)


if __name__ == "__main__":
    main()
