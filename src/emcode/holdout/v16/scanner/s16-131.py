from lxml import etree


def parse_config(path):
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    return etree.parse(path, parser).getroot()
