from lxml import etree


def load_manifest(path):
    parser = etree.XMLParser(resolve_entities=True)
    tree = etree.parse(path, parser)
    return {e.get("id"): e.text for e in tree.iter("vessel")}
