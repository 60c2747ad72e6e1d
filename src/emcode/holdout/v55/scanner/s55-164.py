import argparse
import os


def write_report(path, text, mode=0o640):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, mode)
    with os.fdopen(fd, "w") as fh:
        fh.write(text)


def main():
    ap = argparse.ArgumentParser(description="Write the daily leak report")
    ap.add_argument("out")
    args = ap.parse_args()
    write_report(args.out, "District 4: 2 suspected leaks\nDistrict 7: none\n")
    print("report written to", args.o