from defusedxml import ElementTree as ET


def parse_invoice(xml_bytes: bytes) -> dict:
    root = ET.fromstring(xml_bytes)
    return {"number": root.findtext("number"), "total": root.findtext("total")}
