import argparse
import json
from collections import Counter


def main():
    ap = argparse.ArgumentParser(description="Summarise a finds register")
    ap.add_argument("register", type=argparse.FileType("r", encoding="utf-8"))
    args = ap.parse_args()
    finds = json.load(args.register)
    by_material = Counter(f.get("material", "unknown") for f in finds)
    for material, n in by_material.most_common():
        print(f"{material:<12} {n:>5}")


if __name__ == "__main__":
    main()
