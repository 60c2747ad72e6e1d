import re
import sys

POSTCODE = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}")


def main():
    for line in sys.stdin:
        code = line.strip().upper()[:10]
        status = "ok" if POSTCODE.fullmatch(code) else "invalid"
        print(f"{code}\t{status}")


if __name__ == "__main__":
    main()
