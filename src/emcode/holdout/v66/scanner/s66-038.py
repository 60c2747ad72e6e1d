import re
import sys

REF = re.compile(r"\b(BK\d{6})\b")


def main():
    refs = set()
    for line in sys.stdin:
        refs.update(REF.findall(line[:1000]))
    print("\n".join(sorted(refs)))


if __name__ == "__main__":
    main()
