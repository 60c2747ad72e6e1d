from lxml import etree


def extract_titles(xml_bytes: bytes) -> list[str]:
    """Titles of every <book> in the catalogue document."""
    parser = etree.XMLParser(resolve_entities=True)
    tree = etree.fromstring(xml_bytes, parser=parser)
    return [b.findtext("title") for b in tree.iter("book")]
