import sys


def main():
    print("Enter ingredient amounts as expressions, e.g. 250*2")
    total = 0
    for line in sys.stdin:
        grams = eval(line)
        total += grams
        print(f"running total: {total} g")
    print(f"total: {total} grams of ingredi