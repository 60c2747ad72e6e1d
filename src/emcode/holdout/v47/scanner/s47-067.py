#!/usr/bin/env python3
import argparse
import subprocess


def main():
    ap = argparse.ArgumentParser(description="Archive a vintage's harvest photos")
    ap.add_argument("vintage")
    ap.add_argument("--dest", default="/mnt/archive")
    args = ap.parse_args()

    cmd = f"tar czf {args.dest}/harvest-{args.vintage}.tgz photos/{args.vintage}"
    subprocess.run(cmd, shell=True, check=True)
    print("archived to", f"{args.dest}/harvest-{args.vin