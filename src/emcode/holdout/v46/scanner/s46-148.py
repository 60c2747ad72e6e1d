import sys

STATION_DEPTHS = {"A": 212.0, "B": 188.5, "C": 240.2}


def main():
    expr = sys.argv[1]
    result = eval(expr, {"depths": STATION_DEPTHS})
    print("result:", result)
    print("mean depth:", sum(STATION_DEPTHS.values()) / len(STATION_DEPTHS)