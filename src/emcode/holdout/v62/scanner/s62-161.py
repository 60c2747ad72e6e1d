import argparse
import json
import os


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    args = ap.parse_args()
    os.makedirs(args.outdir, mode=0o750, exist_ok=True)
    shifts = [{"member": "Priya", "hours": 12}, {"member": "Tom", "hours": 8}]
    path = os.path.join(args.outdir, "shifts.json")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o640)
    with os.fdopen(fd, "w") as fh:
        json.dump(shifts, fh)


if __name__ == "__main__":
    main()
