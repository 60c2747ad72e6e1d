import re
import sys


def main():
    term = sys.argv[1]
    rx = re.compile(re.escape(term), re.IGNORECASE)
    with open("/var/log/claims/adjusters.log", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if rx.search(line):
                print(f"{n}: {line.rstr