import argparse
import subprocess


def commits_by(author, repo=".", limit=20):
    cmd = f'cd {repo} && git log --author="{author}" -n{limit} --pretty="%h %s" | cat'
    done = subprocess.run(cmd, shell=True, capture_output=True, text=True)
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
