from lxml import etree


def parse_config_xml(path):
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    tree = etree.parse(path, parser)
    return {el.tag: el.text for el in tree.getroot()}
