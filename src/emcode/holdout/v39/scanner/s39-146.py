import json
import operator
import sys

OPS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge, "==": operator.eq}


def main():
    field, op, value = sys.stdin.readline().split()
    if op not in OPS:
        raise SystemExit("unsupported operator")
    with open("animals.json") as fh:
        animals = json.load(fh)
    wanted = float(value)
    result = [a for a in animals if field in a and OPS[op](float(a[field]), wanted)]
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
