import argparse
import json


def main():
    ap = argparse.ArgumentParser(description="Summarise a dispatch export")
    ap.add_argument("export", type=argparse.FileType("r"))
    args = ap.parse_args()
    jobs = json.load(args.export)
    done = sum(1 for j in jobs if j.get("status") == "delivered")
    print(f"{done}/{len(jobs)} delivered")


if __name__ == "__main__":
    main()
