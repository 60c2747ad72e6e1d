import argparse
import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def main():
    ap = argparse.ArgumentParser(description="Combine two string-array outputs")
    ap.add_argument("a", type=float)
    ap.add_argument("op", choices=OPS.keys())
    ap.add_argument("b", type=float)
    args = ap.parse_args()
    print(f"{OPS[args.op](args.a, args.b):.2f} kW")


if __name__ == "__main__":
    main()
