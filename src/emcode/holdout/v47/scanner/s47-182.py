#!/usr/bin/env python3
import argparse
import re
import subprocess


def main():
    ap = argparse.ArgumentParser(description="Archive a vintage's harvest photos")
    ap.add_argument("vintage")
    ap.add_argument("--dest", default="/mnt/archive")
    args = ap.parse_args()
    if not re.fullmatch(r"\d{4}", args.vintage):
        ap.error("vintage must be a year")

    out = f"{args.dest}/harvest-{args.vintage}.tgz"
    subprocess.run(["tar", "czf", out, f"photos/{args.vintage}"], check=True)
    print("archived to", o