import argparse
import subprocess


def changelog(repo, branch, limit):
    cmd = ["git", "-C", repo, "log", f"-n{limit}", "--pretty=%h %s", branch, "--"]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Show recent changes to the timetable repo")
    ap.add_argument("--repo", default="/srv/timetable")
    ap.add_argument("--branch", default="main")
    ap.add_argument("-n", type=int, default=10)
    a = ap.parse_args()
    if a.branch.startswith("-"):
        ap.error("branch may not start with '-'")
    print(changelog(a.repo, a.branch, a.n))
