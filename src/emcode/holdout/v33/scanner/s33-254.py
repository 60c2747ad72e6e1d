import argparse
import subprocess
from pathlib import Path


def release_tags(repo: Path):
    out = subprocess.run(["git", "-C", str(repo), "tag", "--list", "v*", "--sort=-v:refname"],
                         check=True, capture_output=True, text=True).stdout
    return [t for t in out.splitlines() if t]


def main():
    ap = argparse.ArgumentParser(description="show the latest release tags of a package checkout")
    ap.add_argument("repo", type=Path)
    ap.add_argument("-n", type=int, default=5)
    args = ap.parse_args()
    for tag in release_tags(args.repo)[: args.n]:
        print(tag)


if __name__ == "__main__":
    main()
