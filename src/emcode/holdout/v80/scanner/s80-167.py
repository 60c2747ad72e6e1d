import re
import sys

SLOT = re.compile(r"(Mon|Tue|Wed|Thu|Fri) ([01]\d|2[0-3]):[0-5]\d")


def parse_slots(lines):
    out = []
    for line in lines:
        line = line.strip()
        if SLOT.fullmatch(line):
            out.append(line)
    return out


if __name__ == "__main__":
    print(parse_slots(sys.stdin))
