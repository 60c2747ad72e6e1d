#!/usr/bin/env python3
"""Show who last touched each recipe file in the cookbook repo."""
import argparse
import subprocess


def last_author(repo, path):
    out = subprocess.run(
        ["git", "-C", repo, "log", "-1", "--format=%an <%ae> %ad", "--", path],
        capture_output=True, text=True, check=True,
    )
    return out.stdout.strip() or "(untracked)"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default=".")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    for f in args.files:
        print(f"{f}: {last_author(args.repo, f)}")


if __name__ == "__main__":
    main()
