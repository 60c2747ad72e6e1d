#!/usr/bin/env python3
"""Write the day's meter readings as XML for the billing system and read it back to verify."""
import xml.etree.ElementTree as ET
from datetime import date

READINGS = [("WM-10021", 1842.7), ("WM-10022", 977.1)]


def build(path):
    root = ET.Element("readings", date=date.today().isoformat())
    for serial, litres in READINGS:
        ET.SubElement(root, "meter", serial=serial).text = f"{litres:.1f}"
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def verify(path):
    tree = ET.parse(path)
    return len(tree.getroot().findall("meter")) == len(READINGS)


if __name__ == "__main__":
    build("readings.xml")
    print("ok" if verify("readings.xml") else "mismatch")
