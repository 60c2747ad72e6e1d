import os
import argparse

BASE = os.path.realpath("/srv/reports")


def resolve_report(name: str) -> str:
    candidate = os.path.realpath(os.path.join(BASE, name))
    if os.path.commonpath([candidate, BASE]) != BASE:
        raise ValueError(f"{name!r} points outside the reports folder")
    return candidate


def main():
    p = argparse.ArgumentParser()
    p.add_argument("report", help="report file relative to /srv/reports")
    args = p.parse_args()
    path = resolve_report(args.report)
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            print(line.rstrip())


if __name__ == "__main__":
    main()
