import defusedxml.ElementTree as DET


def parse_order(xml_text: str) -> dict:
    root = DET.fromstring(xml_text)
    return {child.tag: child.text for child in root}
