from lxml import etree


def load_config(xml_path):
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    tree = etree.parse(xml_path, parser)
    return {el.tag: el.text for el in tree.getroot()}
