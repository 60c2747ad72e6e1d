from lxml import etree

def parse_config(xml_text):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    return etree.fromstring(xml_text.encode(), parser)
