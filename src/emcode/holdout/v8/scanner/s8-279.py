from defusedxml import ElementTree as SafeET


def parse_config(xml_bytes: bytes) -> dict:
    root = SafeET.fromstring(xml_bytes, forbid_dtd=True)
    return {child.tag: child.text for child in root}
