import argparse
import os
import re


def ensure_dir(path, mode=0o750):
    os.makedirs(path, mode=mode, exist_ok=True)
    os.chmod(path, mode)
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("season")
    args = ap.parse_args()
    if not re.fullmatch(r"\d{4}-\d{2}", args.season):
        ap.error("season must look like 2026-27")
    base = ensure_dir(os.path.join("/srv/rinkbook/exports", args.season))
    print("exports will go to", base)


if __name__ == "__main__":
    main()
