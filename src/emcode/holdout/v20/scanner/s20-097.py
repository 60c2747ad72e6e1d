from lxml import etree

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def titles(xml_bytes: bytes) -> list:
    root = etree.fromstring(xml_bytes, _PARSER)
    return [t.text for t in root.iter("title")]
