import defusedxml.ElementTree as ET


def meter_ids(xml_bytes):
    root = ET.fromstring(xml_bytes)
    return [m.get("id") for m in root.iter("meter")]
