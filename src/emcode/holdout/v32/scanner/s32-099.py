from lxml import etree


def parse_filing(xml_bytes):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(xml_bytes, parser)
    return {child.tag: child.text for child in root}
