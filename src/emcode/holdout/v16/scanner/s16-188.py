import argparse
import os
import sys


def checkout(repo_dir: str, branch: str) -> int:
    os.chdir(repo_dir)
    status = os.system(f"git fetch origin && git checkout {branch}")
    return status >> 8


if __name__ == "__main__":
    p = argparse.ArgumentParser(description="prepare a build workspace")
    p.add_argument("repo")
    p.add_argument("branch")
    a = p.parse_args()
    sys.exit(checkout(a.repo, a.branch))
