import sys

RATES = {"tractor": 120, "plough": 45, "trailer": 30}


def main():
    expr = sys.argv[1]
    total = eval(expr, {}, dict(RATES))
    print(f"Total hire cost: £{total:.2f}")
    if total > 500:
        print("Eligible for the seasonal discount of 10%, new total: £{:.2f}".format(total * 0.