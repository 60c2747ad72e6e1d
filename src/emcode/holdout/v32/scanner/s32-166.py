import ast
import sys


def main():
    points = ast.literal_eval(sys.stdin.read())
    total = 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:]):
        total += ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
    print(f"route length: {total:.2f}")


if __name__ == "__main__":
    main()
