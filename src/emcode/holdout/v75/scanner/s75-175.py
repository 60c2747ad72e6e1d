import re
import sys

LINE = re.compile(r"^(?P<analyte>[A-Z]{2,5})\s+(?P<value>-?\d+(?:\.\d+)?)\s+(?P<unit>\S+)$")


def parse(stream):
    for raw in stream:
        m = LINE.match(raw.strip())
        if m:
            yield m["analyte"], float(m["value"]), m["unit"]


if __name__ == "__main__":
    for analyte, value, unit in parse(sys.stdin):
        print(f"{analyte}\t{value}\t{unit}")
