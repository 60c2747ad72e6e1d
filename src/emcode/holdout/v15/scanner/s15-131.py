from lxml import etree

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse_config(xml_text: bytes) -> dict:
    root = etree.fromstring(xml_text, _PARSER)
    return {child.tag: child.text for child in root}
