import json
import sys

DEFAULTS = {"max_loans_per_student": 2, "loan_weeks": 12}


def main():
    rules = dict(DEFAULTS)
    if len(sys.argv) > 1:
        with open(sys.argv[1], encoding="utf-8") as fh:
            overrides = json.load(fh)
        rules.update({k: int(v) for k, v in overrides.items() if k in DEFAULTS})
    for k, v in rules.items():
        print(f"{k} = {v}")


if __name__ == "__main__":
    main()
