import sys

readings = {"north": 412.5, "south": 388.0, "east": 129.75}


def main():
    names = sys.stdin.read().split()
    load = sum(readings.get(n, 0.0) for n in names)
    print("computed load:", load)
    for region, kw in sorted(readings.items()):
        print(f"{region:>8}: {kw:8.2f} k