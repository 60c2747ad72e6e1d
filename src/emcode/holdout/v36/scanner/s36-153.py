import argparse
import re
import subprocess

VERSION = re.compile(r"\d+\.\d+\.\d+")


def main():
    ap = argparse.ArgumentParser(description="Tag and push a game build")
    ap.add_argument("version")
    ap.add_argument("--message", default="release")
    args = ap.parse_args()
    if not VERSION.fullmatch(args.version):
        ap.error("version must look like 1.2.3")
    tag = "v" + args.version
    subprocess.run(["git", "tag", "-a", tag, "-m", args.message], check=True)
    subprocess.run(["git", "push", "origin", tag], check=True)
    print("tagged", tag)


if __name__ == "__main__":
    main()
