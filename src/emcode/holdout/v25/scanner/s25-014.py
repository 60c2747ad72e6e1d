import os
import subprocess
import sys


def deploy(branch: str) -> int:
    if branch.startswith("-") or not branch.replace("-", "").replace("_", "").replace("/", "").isalnum():
        print("invalid branch name", file=sys.stderr)
        return 2
    os.system("clear")
    subprocess.run(["git", "fetch", "origin"], check=True)
    subprocess.run(["git", "checkout", branch], check=True)
    return subprocess.run(["git", "reset", "--hard", "origin/" + branch]).returncode


if __name__ == "__main__":
    sys.exit(deploy(sys.argv[1]))
