import argparse
import subprocess


def main():
    ap = argparse.ArgumentParser(description="Show roast-profile commits by author")
    ap.add_argument("author")
    ap.add_argument("--repo", default=".")
    args = ap.parse_args()
    out = subprocess.run(
        ["git", "-C", args.repo, "log", f"--author={args.author}", "--oneline", "--", "profiles/"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    print(out or "no commits")


if __name__ == "__main__":
    main()
