from defusedxml.ElementTree import fromstring


def parse_manifest(xml_bytes: bytes) -> list:
    root = fromstring(xml_bytes)
    return [item.get("sku") for item in root.iter("item")]
