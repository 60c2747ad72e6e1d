from lxml import etree


def parse_manifest(xml_bytes):
    parser = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)
    root = etree.fromstring(xml_bytes, parser)
    return [item.get("sku") for item in root.iter("item")]
