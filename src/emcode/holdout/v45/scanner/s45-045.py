import argparse
import subprocess
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description="Print boarding passes for a sailing")
    ap.add_argument("passes", nargs="+", type=Path)
    ap.add_argument("--printer", default="gate2-zebra", choices=["gate1-zebra", "gate2-zebra", "office-laser"])
    args = ap.parse_args()
    for p in args.passes:
        if not p.is_file():
            ap.error(f"{p} is not a file")
        subprocess.run(["lpr", "-P", args.printer, "--", str(p)], check=True)
        print("sent", p.name)


if __name__ == "__main__":
    main()
