import argparse
import subprocess
import sys


def checkout(repo_dir: str, branch: str) -> int:
    ok = subprocess.run(["git", "check-ref-format", "--branch", branch], cwd=repo_dir, capture_output=True)
    if ok.returncode != 0 or branch.startswith("-"):
        print("invalid branch name", file=sys.stderr)
        return 2
    subprocess.run(["git", "fetch", "origin"], cwd=repo_dir, check=True)
    return subprocess.run(["git", "checkout", branch, "--"], cwd=repo_dir).returncode


if __name__ == "__main__":
    p = argparse.ArgumentParser(description="prepare a build workspace")
    p.add_argument("repo")
    p.add_argument("branch")
    a = p.parse_args()
    sys.exit(checkout(a.repo, a.branch))
