import argparse
import subprocess


def git_log(repo: str, n: int) -> list[str]:
    done = subprocess.run(["git", "-C", repo, "log", f"-n{n}", "--oneline"],
                          capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("repo")
    ap.add_argument("-n", type=int, default=10)
    args = ap.parse_args()
    for line in git_log(args.repo, args.n):
        sha, _, msg = line.partition(" ")
        print(f"{sha[:7]}  {msg[: