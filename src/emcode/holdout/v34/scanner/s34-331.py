import operator
import re
import sys

READING = {"voltage": 612.0, "current": 8.4, "temp_c": 47.5}
OPS = {">": operator.gt, "<": operator.lt, ">=": operator.ge, "<=": operator.le, "==": operator.eq}
COND = re.compile(r"\s*(\w+)\s*(>=|<=|==|>|<)\s*(-?\d+(?:\.\d+)?)\s*")


def main():
    print("alert condition (e.g. temp_c > 60):", end=" ", flush=True)
    m = COND.fullmatch(sys.stdin.readline())
    if not m or m.group(1) not in READING:
        print("cannot parse condition")
        return 2
    field, op, limit = m.groups()
    print("ALERT" if OPS[op](READING[field], float(limit)) else "ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
