from lxml import etree

PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def feed_titles(xml_bytes: bytes) -> list[str]:
    root = etree.fromstring(xml_bytes, PARSER)
    return [t.text or "" for t in root.iter("title")]
