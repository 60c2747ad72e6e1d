from lxml import etree


def read_fitting_xml(data):
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(data, parser=parser)
    return {el.tag: el.text for el in root}
