import argparse
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser(description="Mirror the seed photo archive to the backup host")
    ap.add_argument("source")
    ap.add_argument("--host", default="backup.seedbank.local")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    cmd = ["rsync", "-a", "--delete", "--", args.source.rstrip("/") + "/", f"{args.host}:/archive/photos/"]
    if args.dry_run:
        cmd.insert(1, "--dry-run")
    sys.exit(subprocess.call(cmd))


if __name__ == "__main__":
    main()
