import csv
import sys


def apply_transform(rows, code):
    out = []
    for row in rows:
        scope = {"row": dict(row)}
        exec(code, {}, scope)
        out.append(scope["row"])
    return out


if __name__ == "__main__":
    src, transform = sys.argv[1], sys.argv[2]
    with open(src, newline="") as fh:
        rows = list(csv.DictReader(fh))
    for r in apply_transform(rows, transform):
        print(r)
