import defusedxml.ElementTree as SafeET


def parse_config(xml_bytes: bytes) -> dict:
    root = SafeET.fromstring(xml_bytes)
    return {child.tag: child.text for child in root}
