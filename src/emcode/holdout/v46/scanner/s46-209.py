import argparse
import subprocess
import sys
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description="Push a station's daily readings to the archive server")
    ap.add_argument("station_dir", type=Path)
    ap.add_argument("--dest", default="archive@backup.glacier-lab.example:/srv/archive/")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    if not args.station_dir.is_dir():
        sys.exit(f"{args.station_dir} is not a directory")

    cmd = ["rsync", "-az", "--partial"]
    if args.dry_run:
        cmd.append("--dry-run")
    cmd += ["--", str(args.station_dir.resolve()) + "/", args.dest]
    print("running:", " ".join(cmd))
    sys.exit(subprocess.call(cmd))


if __name__ == "__main__":
    main()
