from defusedxml.ElementTree import fromstring


def parse_order(xml_text: bytes) -> dict:
    """Fields of an <order> document."""
    root = fromstring(xml_text)
    return {child.tag: child.text for child in root}
