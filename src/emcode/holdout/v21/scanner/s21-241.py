import subprocess
import argparse

REPOS = {"api": "/srv/git/api", "web": "/srv/git/web"}


def commits_by(repo_key, author, limit=20):
    repo = REPOS[repo_key]
    cmd = ["git", "-C", repo, "log", f"--author={author}", f"-n{int(limit)}", "--pretty=%h %s"]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.splitlines()


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("repo", choices=sorted(REPOS))
    p.add_argument("author")
    a = p.parse_args()
    print("\n".join(commits_by(a.repo, a.author)))
