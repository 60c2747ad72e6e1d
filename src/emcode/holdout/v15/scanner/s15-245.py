import argparse
import re
import subprocess

REF = re.compile(r"^[A-Za-z0-9._/-]{1,100}$")


def checkout_and_build(repo_dir, branch):
    if not REF.match(branch) or branch.startswith("-") or ".." in branch:
        raise ValueError(f"refusing suspicious branch name {branch!r}")
    for argv in (["git", "fetch", "origin"], ["git", "checkout", branch, "--"], ["make", "build"]):
        subprocess.run(argv, cwd=repo_dir, check=True)


def main():
    p = argparse.ArgumentParser(prog="ci-build")
    p.add_argument("--repo", default="/srv/ci/workspace")
    p.add_argument("--branch", required=True)
    a = p.parse_args()
    checkout_and_build(a.repo, a.branch)


if __name__ == "__main__":
    main()
