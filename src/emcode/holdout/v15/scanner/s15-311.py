from defusedxml.ElementTree import fromstring


def parse_invoice(xml_bytes):
    root = fromstring(xml_bytes)
    return {"number": root.findtext("number"), "total": float(root.findtext("total"))}
