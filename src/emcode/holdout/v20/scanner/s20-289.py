from lxml import etree


def read_config(path):
    tree = etree.parse(path, etree.XMLParser(resolve_entities=True, load_dtd=True))
    return {el.tag: el.text for el in tree.getroot()}
