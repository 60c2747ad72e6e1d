import argparse
import csv

RULES = {
    "high": lambda row: float(row["litres"]) > 5000,
    "zero": lambda row: float(row["litres"]) == 0,
    "night": lambda row: row["hour"].isdigit() and int(row["hour"]) < 5 and float(row["litres"]) > 50,
}


def main():
    p = argparse.ArgumentParser(description="Flag suspicious meter readings")
    p.add_argument("readings")
    p.add_argument("--rule", choices=sorted(RULES), default="high")
    a = p.parse_args()

    flag = RULES[a.rule]
    with open(a.readings, newline="") as fh:
        for row in csv.DictReader(fh):
            if flag(row):
                print(row["meter"], row["litres"])


if __name__ == "__main__":
    main()
