import argparse
import json
import os


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    args = ap.parse_args()
    os.makedirs(args.outdir, mode=0o777, exist_ok=True)
    shifts = [{"member": "Priya", "hours": 12}, {"member": "Tom", "hours": 8}]
    path = os.path.join(args.outdir, "shifts.json")
    with open(path, "w") as fh:
        json.dump(shifts, fh)
    os.chmod(path, 0o666)


if __name__ == "__main__":
    main()
