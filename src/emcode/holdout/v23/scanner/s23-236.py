from lxml import etree


def count_items(xml_bytes):
    parser = etree.XMLParser(huge_tree=True, resolve_entities=True)
    root = etree.fromstring(xml_bytes, parser)
    return sum(1 for _ in root.iter("item"))
