import csv
import sys


def apply_formula(rows, formula):
    out = []
    for row in rows:
        env = {k: float(v) for k, v in row.items() if v.replace(".", "", 1).isdigit()}
        out.append(eval(formula, {}, env))
    return out


if __name__ == "__main__":
    reader = csv.DictReader(open(sys.argv[1]))
    results = apply_formula(list(reader), sys.argv[2])
    for r in results:
        print(f"{r:.