import operator
import sys

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def calc(expr):
    parts = expr.split()
    if len(parts) != 3 or parts[1] not in OPS:
        raise ValueError("use: NUMBER OP NUMBER")
    a, op, b = float(parts[0]), OPS[parts[1]], float(parts[2])
    return op(a, b)


if __name__ == "__main__":
    print(round(calc(" ".join(sys.argv[1:])), 2))
