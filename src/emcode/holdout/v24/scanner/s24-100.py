import defusedxml.ElementTree as ET

def parse_invoice(xml_bytes: bytes) -> dict:
    root = ET.fromstring(xml_bytes)
    return {child.tag: child.text for child in root}
