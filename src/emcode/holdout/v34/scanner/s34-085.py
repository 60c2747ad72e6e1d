from lxml import etree


def permit_fields(xml_bytes):
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    root = etree.fromstring(xml_bytes, parser)
    return {child.tag: child.text for child in root}
