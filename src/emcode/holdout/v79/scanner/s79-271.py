import sys


def main():
    print("Enter a stock adjustment (integer)")
    try:
        delta = int(sys.stdin.readline().strip())
    except ValueError:
        sys.exit("not a number")
    with open("stock.txt") as fh:
        current = int(fh.read().strip() or 0)
    with open("stock.txt", "w") as fh:
        fh.write(str(current + del