from defusedxml.ElementTree import fromstring


def parse_manifest(xml_bytes):
    root = fromstring(xml_bytes)
    return [p.get("id") for p in root.iter("parcel")]
