from defusedxml.ElementTree import fromstring


def parse_invoice(xml_bytes: bytes) -> dict:
    root = fromstring(xml_bytes)
    return {"number": root.findtext("Number"), "total": float(root.findtext("Total") or 0)}
