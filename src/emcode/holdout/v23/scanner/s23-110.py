import subprocess
import sys


def checkout_branch(repo_dir: str, branch: str) -> None:
    ok = subprocess.run(["git", "check-ref-format", "--branch", branch], cwd=repo_dir, capture_output=True)
    if ok.returncode != 0:
        raise SystemExit(f"invalid branch name: {branch!r}")
    subprocess.run(["git", "switch", "--", branch], cwd=repo_dir, check=True)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: switch.py REPO_DIR BRANCH")
    checkout_branch(sys.argv[1], sys.argv[2])
