import re
import sys

ACCESSION = re.compile(r"[A-Z]{2,4}\.\d{4}\.\d{1,5}")


def main():
    bad = 0
    for lineno, line in enumerate(sys.stdin, 1):
        code = line.strip()
        if code and not ACCESSION.fullmatch(code):
            print(f"line {lineno}: malformed accession number", file=sys.stderr)
            bad += 1
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
