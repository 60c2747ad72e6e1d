from defusedxml.ElementTree import fromstring


def parse_order(xml_bytes: bytes):
    root = fromstring(xml_bytes)
    return {"id": root.get("id"), "lines": len(root.findall("line"))}
