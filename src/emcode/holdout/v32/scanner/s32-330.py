import re
import sys

BOOKING_REF = re.compile(r"[A-Z0-9]{6}")


def main():
    for line in sys.stdin:
        line = line.strip()
        status = "ok   " if BOOKING_REF.fullmatch(line) else "bad  "
        print(status, line)


if __name__ == "__main__":
    main()
