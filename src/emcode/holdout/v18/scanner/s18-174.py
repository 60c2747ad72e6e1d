from lxml import etree


def sku_list(xml_text: str) -> list:
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    root = etree.fromstring(xml_text.encode(), parser=parser)
    return [e.text for e in root.findall(".//sku")]
