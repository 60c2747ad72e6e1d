from lxml import etree


def parse_manifest(xml_bytes):
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(xml_bytes, parser)
    return {el.get("id"): el.text for el in root.findall("item")}
