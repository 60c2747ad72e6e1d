import argparse
import csv


def main():
    p = argparse.ArgumentParser(description="Flag suspicious meter readings")
    p.add_argument("readings")
    p.add_argument("--rules", help="python snippet defining flag(row) -> bool")
    a = p.parse_args()

    scope = {}
    if a.rules:
        with open(a.rules) as fh:
            exec(fh.read(), scope)
    flag = scope.get("flag", lambda row: float(row["litres"]) > 5000)

    with open(a.readings, newline="") as fh:
        for row in csv.DictReader(fh):
            if flag(row):
                print(row["meter"], row["litres"])


if __name__ == "__main__":
    main()
