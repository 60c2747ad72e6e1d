from lxml import etree


def parse_order(xml_text):
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(xml_text.encode(), parser)
    return {child.tag: child.text for child in root}
