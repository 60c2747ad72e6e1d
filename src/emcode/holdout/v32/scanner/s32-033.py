from lxml import etree

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def element_names(xml_bytes):
    root = etree.fromstring(xml_bytes, _PARSER)
    return [el.tag for el in root.iter()]
