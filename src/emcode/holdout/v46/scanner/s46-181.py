import argparse
import math

from defusedxml.ElementTree import parse

NS = {"g": "http://www.topografix.com/GPX/1/1"}


def haversine(a, b):
    r = 6371.0
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def main():
    ap = argparse.ArgumentParser(description="Distance walked on a glacier survey track")
    ap.add_argument("gpx")
    args = ap.parse_args()
    tree = parse(args.gpx)
    pts = [(float(p.get("lat")), float(p.get("lon"))) for p in tree.getroot().iterfind(".//g:trkpt", NS)]
    total = sum(haversine(pts[i], pts[i + 1]) for i in range(len(pts) - 1))
    print(f"{len(pts)} points, {total:.2f} km")


if __name__ == "__main__":
    main()
