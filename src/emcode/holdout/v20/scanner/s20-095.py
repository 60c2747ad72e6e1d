from defusedxml import ElementTree as ET


def parse_invoice(xml_bytes):
    root = ET.fromstring(xml_bytes)
    return {"number": root.findtext("number"), "total": float(root.findtext("total"))}
