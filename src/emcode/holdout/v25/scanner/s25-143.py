from subprocess import run as run_cmd
import argparse

REPOS = {"site": "/srv/git/site.git", "api": "/srv/git/api.git"}


def recent_commits(repo_key: str, n: int = 10) -> str:
    path = REPOS[repo_key]
    proc = run_cmd(["git", "--git-dir", path, "log", f"-n{int(n)}", "--oneline"],
                   capture_output=True, text=True, check=True)
    return proc.stdout


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("repo", choices=sorted(REPOS))
    ap.add_argument("-n", type=int, default=10)
    a = ap.parse_args()
    print(recent_commits(a.repo, a.n))
