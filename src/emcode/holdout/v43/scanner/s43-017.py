import sys

from defusedxml.ElementTree import parse


def main(path):
    tree = parse(path)
    total = 0
    for reading in tree.getroot().iter("reading"):
        if float(reading.get("co_ppm", "0")) > 25:
            total += 1
            print(reading.get("sensor"), reading.get("ts"), reading.get("co_ppm"))
    print(f"{total} readings above CO limit")


if __name__ == "__main__":
    main(sys.argv[1])
