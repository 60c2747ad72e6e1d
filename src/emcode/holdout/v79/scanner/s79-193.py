from lxml import etree


def read_gedcom_xml(path):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    tree = etree.parse(path, parser)
    return [p.get("id") for p in tree.iter("person")]
