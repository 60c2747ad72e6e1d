import sys


def main():
    totals = {}
    for line in sys.stdin:
        name, expr = line.split(":", 1)
        totals[name.strip()] = eval(expr)
    for name, val in sorted(totals.items()):
        print(f"{name:20} {val:>