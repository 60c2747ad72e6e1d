import defusedxml.ElementTree as ET


def parse_manifest(xml_bytes):
    root = ET.fromstring(xml_bytes)
    return {el.get("id"): el.text for el in root.findall("item")}
