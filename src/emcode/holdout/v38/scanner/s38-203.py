import sys

readings = {"north": 412.5, "south": 388.0, "east": 129.75}


def main():
    expr = sys.stdin.read().strip()
    load = eval(expr, {}, dict(readings))
    print("computed load:", load)
    for region, kw in sorted(readings.items()):
        print(f"{region:>8}: {kw:8.2f} k