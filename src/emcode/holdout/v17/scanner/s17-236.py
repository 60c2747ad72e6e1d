from lxml import etree

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, dtd_validation=False, load_dtd=False)


def item_names(data: bytes) -> list[str]:
    root = etree.fromstring(data, _PARSER)
    return [el.get("name", "") for el in root.iter("item")]
