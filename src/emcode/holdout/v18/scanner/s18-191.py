import argparse
import subprocess


def commits_by(author, repo=".", limit=20):
    argv = ["git", "-C", repo, "log", f"--author={author}", f"-n{int(limit)}", "--pretty=%h %s"]
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


def main():
    ap = argparse.ArgumentParser(description="Show recent commits by an author")
    ap.add_argument("author")
    ap.add_argument("--repo", default=".")
    ap.add_argument("-n", type=int, default=20)
    args = ap.parse_args()
    for line in commits_by(args.author, args.repo, args.n):
        print(line)


if __name__ == "__main__":
    main()
