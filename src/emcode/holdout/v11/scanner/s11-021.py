from lxml import etree


def parse_config(xml_bytes):
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(xml_bytes, parser=parser)
    return {child.tag: child.text for child in root}
