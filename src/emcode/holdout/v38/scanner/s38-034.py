from lxml import etree


def parse_filing(xml_bytes):
    parser = etree.XMLParser(resolve_entities=True, dtd_validation=False, load_dtd=True)
    root = etree.fromstring(xml_bytes, parser=parser)
    return {el.tag: el.text for el in root}
