import re
import sys

LINE = re.compile(r"(\d{4}-\d{2}-\d{2}),(\d{1,3}),(\d{1,6})")


def main():
    total_steps = 0
    days = 0
    for raw in sys.stdin:
        m = LINE.fullmatch(raw.strip())
        if not m:
            continue
        days += 1
        total_steps += int(m.group(3))
    if days:
        print(f"{days} days, {total_steps / days:.0f} steps/day on average")


if __name__ == "__main__":
    main()
