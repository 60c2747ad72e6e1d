import sys


def main():
    print("enter a payload formula using weight and distance:")
    formula = sys.stdin.readline()
    for weight, distance in [(1.2, 4.0), (2.5, 7.5), (4.8, 12.0)]:
        cost = eval(formula, {"weight": weight, "distance": distance})
        print(f"weight={weight} distance={distance} -> {cost:.2f}")
    print("done, evaluated 3 sampl