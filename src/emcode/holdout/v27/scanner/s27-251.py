import operator
import sys

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def calc(a: str, op: str, b: str) -> float:
    if op not in OPS:
        raise SystemExit(f"unknown operator {op!r}")
    return OPS[op](float(a), float(b))


if __name__ == "__main__":
    print(calc(*sys.argv[1:4]))
