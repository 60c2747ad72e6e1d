from lxml import etree


def read_accession(xml_bytes):
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(xml_bytes, parser=parser)
    return {child.tag: child.text for child in root}
