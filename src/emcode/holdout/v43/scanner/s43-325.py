import json
import subprocess
import sys

with open("repos.json") as fh:
    REPOS = json.load(fh)


def recent_commits(name, n=10):
    path = REPOS[name]
    out = subprocess.run(["git", "-C", path, "log", f"-n{int(n)}", "--pretty=%h %an %s"],
                         capture_output=True, text=True, check=True)
    return out.stdout.splitlines()


if __name__ == "__main__":
    for line in recent_commits(sys.argv[1]):
        print(line)
