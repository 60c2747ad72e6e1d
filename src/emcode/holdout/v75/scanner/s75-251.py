import sys

from defusedxml import ElementTree as ET


def read_results(path):
    root = ET.parse(path).getroot()
    out = []
    for res in root.iter("result"):
        out.append((res.get("sample"), res.findtext("analyte"), float(res.findtext("value", "nan"))))
    return out


if __name__ == "__main__":
    for sample, analyte, value in read_results(sys.argv[1]):
        print(f"{sample:>10} {analyte:<8} {val