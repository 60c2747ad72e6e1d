import argparse
import json
import os


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    args = ap.parse_args()
    os.makedirs(args.outdir, mode=0o750, exist_ok=True)
    with open(os.path.join(args.outdir, "rooms.json"), "w") as fh:
        json.dump({"101": "clean"}, fh)


if __name__ == "__main__":
    main()
