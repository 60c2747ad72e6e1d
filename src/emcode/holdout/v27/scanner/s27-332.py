from lxml import etree

PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def read_adif_xml(path: str) -> list[dict]:
    tree = etree.parse(path, PARSER)
    out = []
    for rec in tree.getroot().iter("RECORD"):
        out.append({child.tag.lower(): (child.text or "") for child in rec})
    return out
