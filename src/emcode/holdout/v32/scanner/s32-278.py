import re
import sys

BOOKING_REF = re.compile(r"^(\w+\s?)*$")


def main():
    for line in sys.stdin:
        line = line.rstrip("\n")
        if BOOKING_REF.match(line):
            print("ok   ", line)
        else:
            print("bad  ", line)


if __name__ == "__main__":
    main()
