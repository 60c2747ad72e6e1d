import re
import sys

BATCH = re.compile(r"SD-\d{4}-[A-Z]{2}\d{3}")


def main():
    for line in sys.stdin:
        code = line.strip()
        print(code, "ok" if BATCH.fullmatch(code) else "invalid")


if __name__ == "__main__":
    main()
