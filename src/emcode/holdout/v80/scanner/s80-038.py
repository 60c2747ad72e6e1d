from lxml import etree


def hive_ids(xml_path):
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    tree = etree.parse(xml_path, parser)
    return [h.get("id") for h in tree.getroot().findall("hive")]
