from lxml import etree


def parse_config(xml_bytes):
    parser = etree.XMLParser(resolve_entities=True)
    return {el.tag: el.text for el in etree.fromstring(xml_bytes, parser)}
