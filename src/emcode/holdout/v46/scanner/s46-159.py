import re
import sys
from collections import defaultdict

LINE = re.compile(r"(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}) (?P<station>[A-Z]{2}-\d{2}) temp=(?P<temp>-?\d+(?:\.\d+)?)")


def main(path):
    temps = defaultdict(list)
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = LINE.match(line)
            if m:
                temps[m["station"]].append(float(m["temp"]))
    for st, vals in sorted(temps.items()):
        print(f"{st}: min {min(vals):.1f}  max {max(vals):.1f}  n={len(vals)}")


if __name__ == "__main__":
    main(sys.argv[1])
