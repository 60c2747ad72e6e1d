import re
import sys


def grep_catalogue(path, term):
    rx = re.compile(re.escape(term), re.IGNORECASE)
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if rx.search(line):
                yield n, line.rstrip()


if __name__ == "__main__":
    for n, line in grep_catalogue(sys.argv[1], sys.argv[2]):
        print(f"{n}: {line}")
