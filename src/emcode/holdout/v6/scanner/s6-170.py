from lxml import etree

def load_feed(path: str):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.parse(path, parser).getroot()
