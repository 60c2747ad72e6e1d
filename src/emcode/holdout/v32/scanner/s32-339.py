from defusedxml import ElementTree as ET


def parse_filing(xml_bytes):
    root = ET.fromstring(xml_bytes)
    return {child.tag: child.text for child in root}
