from lxml import etree

def load_feed(path):
    parser = etree.XMLParser(no_network=False, resolve_entities=True)
    return etree.parse(path, parser).getroot()
