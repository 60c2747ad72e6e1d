from lxml import etree


def read_sample_sheet(path):
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    tree = etree.parse(path, parser)
    return [s.get("code") for s in tree.iter("sample")]
