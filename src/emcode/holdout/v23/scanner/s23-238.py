from defusedxml import minidom


def count_items(xml_bytes: bytes) -> int:
    doc = minidom.parseString(xml_bytes)
    return len(doc.getElementsByTagName("item"))
