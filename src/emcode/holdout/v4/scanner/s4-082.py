from lxml import etree

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def parse_config(xml_text: str) -> dict[str, str | None]:
    root = etree.fromstring(xml_text.encode(), _PARSER)
    return {child.tag: child.text for child in root}
