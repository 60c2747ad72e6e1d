#!/usr/bin/env python3
"""Quick tariff calculator: usage  tariff.py M3  then type expressions, e.g.  base + sewer * m3"""
import sys

RATES = {"base": 12.40, "sewer": 0.91}


def main():
    m3 = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    for line in sys.stdin:
        expr = line.strip()
        if not expr:
            continue
        print(f"{expr} = {eval(expr, {**RATES, 'm3': m3}):.2f}")


if __name__ == "__main__":
    main()
