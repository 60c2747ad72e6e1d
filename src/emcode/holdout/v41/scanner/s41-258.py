from defusedxml import ElementTree as DET


def parse_flight_manifest(xml_bytes):
    root = DET.fromstring(xml_bytes)
    return [(b.get("tag"), b.findtext("weight")) for b in root.findall(".//bag")]
