from lxml import etree


def parse_maintenance_xml(data: bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    doc = etree.fromstring(data, parser)
    return [(t.get("id"), t.findtext("status")) for t in doc.findall(".//task")]
