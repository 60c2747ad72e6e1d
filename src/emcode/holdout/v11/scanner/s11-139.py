import xml.etree.ElementTree as ET

from defusedxml.ElementTree import parse as safe_parse


def load_vendor_feed(path: str) -> list[str]:
    return [p.get("sku") for p in safe_parse(path).getroot().iter("product")]


def write_index(skus: list[str], path: str) -> None:
    root = ET.Element("index")
    for s in skus:
        ET.SubElement(root, "sku").text = s
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    import sys

    write_index(load_vendor_feed(sys.argv[1]), "index.xml")
