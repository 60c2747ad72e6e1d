from lxml import etree

SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def count_items(xml_bytes: bytes) -> int:
    root = etree.fromstring(xml_bytes, SAFE_PARSER)
    return len(root.findall(".//item"))
