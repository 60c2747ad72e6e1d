from lxml import etree


def parse_maintenance_xml(data: bytes):
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    doc = etree.fromstring(data, parser)
    return [(t.get("id"), t.findtext("status")) for t in doc.findall(".//task")]
