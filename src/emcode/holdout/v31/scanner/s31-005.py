import argparse
import re


def main():
    ap = argparse.ArgumentParser(description="Search payroll notes")
    ap.add_argument("notes_file")
    ap.add_argument("term")
    args = ap.parse_args()
    rx = re.compile(re.escape(args.term), re.IGNORECASE)
    with open(args.notes_file, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if rx.search(line):
                print(f"{n}: {line.rst