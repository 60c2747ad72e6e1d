import sys


def main():
    print("Enter a stock adjustment expression, e.g. 12*4 - 3")
    expr = sys.stdin.readline()
    delta = eval(expr)
    with open("stock.txt") as fh:
        current = int(fh.read().strip() or 0)
    new_total = current + delta
    with open("stock.txt", "w") as fh:
        fh.write(str(new_tot