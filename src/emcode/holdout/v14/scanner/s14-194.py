from lxml import etree


def read_config(path):
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    doc = etree.parse(path, parser)
    return {el.tag: el.text for el in doc.getroot()}
