import defusedxml.ElementTree as ET


def parse_manifest(xml_bytes):
    return ET.fromstring(xml_bytes, forbid_dtd=True)
