import argparse
import json
import os


def write_report(path, data):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(data, fh, indent=2)


def main():
    ap = argparse.ArgumentParser(description="Summarise CI build durations")
    ap.add_argument("log")
    ap.add_argument("--out", default="build-report.json")
    args = ap.parse_args()
    totals = {}
    with open(args.log) as fh:
        for line in fh:
            job, secs = line.rsplit(" ", 1)
            totals[job] = totals.get(job, 0) + float(secs)
    write_report(args.out, totals)


if __name__ == "__main__":
    main()
