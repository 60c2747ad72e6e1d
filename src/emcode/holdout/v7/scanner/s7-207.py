import argparse
import csv
import os


def export(rows, path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["user", "salary", "bank_account"])
        writer.writerows(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    args = ap.parse_args()
    rows = [("alice", 5200, "DE89..."), ("bob", 4800, "FR76...")]
    export(rows, args.out)
    print("wrote", args.out)


if __name__ == "__main__":
    main()
