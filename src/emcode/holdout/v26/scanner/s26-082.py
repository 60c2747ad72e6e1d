from lxml import etree


def parse_order(xml_bytes):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    return etree.fromstring(xml_bytes, parser)
