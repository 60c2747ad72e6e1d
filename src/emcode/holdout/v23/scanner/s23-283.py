import argparse
import csv
import os


def main():
    ap = argparse.ArgumentParser(description="Export today's patient list")
    ap.add_argument("out")
    ap.add_argument("--mode", type=lambda s: int(s, 8), default=0o666)
    args = ap.parse_args()
    fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, args.mode)
    with os.fdopen(fd, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["patient", "dob", "diagnosis"])
        w.writerow(["J. Doe", "1980-02-01", "hypertension"])


if __name__ == "__main__":
    main()
