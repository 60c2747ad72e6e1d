import argparse
import subprocess
from pathlib import Path


def main():
    p = argparse.ArgumentParser(description="Archive turbine SCADA logs")
    p.add_argument("turbine")
    p.add_argument("--dest", default="/var/backups/scada", type=Path)
    args = p.parse_args()
    out = args.dest / f"{args.turbine}.tgz"
    subprocess.run(["tar", "czf", str(out), "--", f"/data/scada/{args.turbine}"], check=True)


if __name__ == "__main__":
    main()
