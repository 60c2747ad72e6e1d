from lxml import etree

PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse_feed(data: bytes) -> list[str]:
    root = etree.fromstring(data, PARSER)
    return [el.text.strip() for el in root.iter("sku") if el.text]
