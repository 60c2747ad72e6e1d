#!/usr/bin/env python3
"""Mirror tide gauge raw files to the archive host."""
import argparse
import subprocess
import sys


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("src_dir")
    ap.add_argument("--dest", default="archive@tides-archive.internal:/data/raw/")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)

    cmd = ["rsync", "-az", "--delete-after"]
    if args.dry_run:
        cmd.append("--dry-run")
    cmd += ["--", args.src_dir.rstrip("/") + "/", args.dest]
    result = subprocess.run(cmd)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
