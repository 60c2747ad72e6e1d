import argparse
import subprocess
from urllib.parse import urlparse


def main():
    ap = argparse.ArgumentParser(description="Import a community recipe repository")
    ap.add_argument("url")
    ap.add_argument("dest")
    args = ap.parse_args()
    if urlparse(args.url).scheme != "https":
        raise SystemExit("only https:// repositories are supported")
    subprocess.run(["git", "clone", "--depth", "1", "--", args.url, args.dest], check=True)


if __name__ == "__main__":
    main()
