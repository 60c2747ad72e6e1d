from lxml import etree


def load_manifest(path):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    tree = etree.parse(path, parser)
    return {e.get("id"): e.text for e in tree.iter("vessel")}
