import re
import sys

PERMIT = re.compile(r"\b(BP|EL|PL)-(\d{4})-(\d{5})\b")


def main():
    text = sys.stdin.read()
    for kind, year, seq in PERMIT.findall(text):
        print(kind, year, int(seq))


if __name__ == "__main__":
    main()
