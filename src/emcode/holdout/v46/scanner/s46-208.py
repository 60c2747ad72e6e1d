import xml.etree.ElementTree as ET
from pathlib import Path

OUT = Path("loan_export.xml")


def export(loans):
    root = ET.Element("loans")
    for loan in loans:
        el = ET.SubElement(root, "loan", id=str(loan["id"]))
        ET.SubElement(el, "instrument").text = loan["instrument"]
        ET.SubElement(el, "due").text = loan["due"]
    ET.ElementTree(root).write(OUT, encoding="utf-8", xml_declaration=True)


def count_exported():
    return len(ET.parse(OUT).getroot().findall("loan"))


if __name__ == "__main__":
    export([{"id": 1, "instrument": "Oboe", "due": "2027-01-09"}, {"id": 2, "instrument": "Tuba", "due": "2027-02-14"}])
    print(count_exported(), "loans exported")
