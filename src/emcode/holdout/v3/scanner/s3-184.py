import argparse
import subprocess
import sys


def main(argv=None):
    ap = argparse.ArgumentParser(description="mirror a folder to the backup host")
    ap.add_argument("source")
    ap.add_argument("--dest", default="backup@nas.local:/backups/")
    args = ap.parse_args(argv)
    cmd = ["rsync", "-a", "--delete", "--", args.source, args.dest]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        print("rsync failed:", proc.stderr, file=sys.stderr)
        return proc.returncode
    print("mirrored", args.sou