import re
import subprocess
import argparse

NAME = re.compile(r"^[\w.-]+/[\w.-]+$")


def clone(repo: str, dest: str) -> None:
    if not NAME.match(repo):
        raise SystemExit("repo must look like owner/name")
    subprocess.run(["git", "clone", "--depth", "1", f"https://github.com/{repo}.git", dest], check=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("repo")
    ap.add_argument("--dest", default="checkout")
    a = ap.parse_args()
    clone(a.repo, a.dest)
    print(f"cloned {a.repo} into