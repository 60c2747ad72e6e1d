from lxml import etree

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, dtd_validation=False, load_dtd=False)


def count_elements(data: bytes) -> int:
    return sum(1 for _ in etree.fromstring(data, _PARSER).iter())
