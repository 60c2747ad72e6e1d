from lxml import etree


def parse_flight_manifest(xml_bytes):
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(xml_bytes, parser=parser)
    return [(b.get("tag"), b.findtext("weight")) for b in root.findall(".//bag")]
