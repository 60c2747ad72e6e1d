import re
import subprocess
import sys

BRANCH = re.compile(r"[A-Za-z0-9._/-]{1,60}")


def changelog(branch):
    if not BRANCH.fullmatch(branch) or branch.startswith("-"):
        raise SystemExit("invalid branch name")
    return subprocess.run(
        ["git", "log", "--oneline", "-n", "20", branch, "--", "timetables/"],
        capture_output=True, text=True, check=True,
    ).stdout


if __name__ == "__main__":
    print(changelog(sys.argv[1] if len(sys.argv) > 1 else "main"))
