import sys


def main():
    print("Enter an expression over 'kwh' (e.g. kwh * 0.28):")
    kwh = float(sys.argv[1]) if len(sys.argv) > 1 else 12.5
    for line in sys.stdin:
        expr = line.strip()
        if not expr:
            continue
        value = eval(expr, {"kwh": kwh})
        print(f"{expr} = {val