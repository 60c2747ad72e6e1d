import argparse
import getpass
import os
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description="Store the recipe-site API key")
    ap.add_argument("--path", type=Path, default=Path.home() / ".recipes" / "apikey")
    args = ap.parse_args()
    key = getpass.getpass("API key: ").strip()
    args.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    args.path.touch(mode=0o600, exist_ok=True)
    os.chmod(args.path, 0o600)
    args.path.write_text(key + "\n")
    print("saved to", args.path)


if __name__ == "__main__":
    main()
