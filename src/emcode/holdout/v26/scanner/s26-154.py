from lxml import etree

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def parse_order(xml_bytes):
    return etree.fromstring(xml_bytes, _PARSER)
