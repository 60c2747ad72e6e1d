from lxml import etree

def parse_order(xml_bytes):
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    return etree.fromstring(xml_bytes, parser=parser)
