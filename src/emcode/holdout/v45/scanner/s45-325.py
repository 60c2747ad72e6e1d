import operator
import sys

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def compute(tokens):
    total = float(tokens[0])
    for op, val in zip(tokens[1::2], tokens[2::2]):
        total = OPS[op](total, float(val))
    return total


if __name__ == "__main__":
    print(compute(sys.argv[1:]))
