from defusedxml.ElementTree import fromstring


def parse_config(xml_bytes: bytes) -> dict:
    root = fromstring(xml_bytes)
    return {child.tag: child.text for child in root}
