import argparse
import json
import sys


def main():
    ap = argparse.ArgumentParser(description="Validate a level pack manifest")
    ap.add_argument("manifest", type=argparse.FileType("r", encoding="utf-8"))
    args = ap.parse_args()
    try:
        data = json.load(args.manifest)
    except json.JSONDecodeError as exc:
        sys.exit(f"not valid JSON: line {exc.lineno}")
    levels = data.get("levels", [])
    for lvl in levels:
        print(f"{lvl.get('id', '?'):>4}  {lvl.get('name', '(unnamed)')}")
    print(f"{len(levels)} levels")


if __name__ == "__main__":
    main()
