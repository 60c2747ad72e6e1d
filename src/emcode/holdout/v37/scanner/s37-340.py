import re
import sys

SEAT = re.compile(r"\b([A-H])(\d{1,2})\b")


def main():
    text = sys.stdin.read()
    seats = sorted({(m.group(1), int(m.group(2))) for m in SEAT.finditer(text)})
    for row, num in seats:
        print(f"{row}{num}")


if __name__ == "__main__":
    main()
