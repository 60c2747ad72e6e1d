from lxml import etree


def read_gedcom_xml(path):
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    tree = etree.parse(path, parser)
    return [p.get("id") for p in tree.iter("person")]
