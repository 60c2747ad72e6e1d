from lxml import etree


def parse_manifest(xml_bytes):
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(xml_bytes, parser)
    return [p.get("id") for p in root.iter("parcel")]
