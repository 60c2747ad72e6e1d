from lxml import etree

def parse_order(xml_bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, dtd_validation=False, load_dtd=False)
    return etree.fromstring(xml_bytes, parser=parser)
