from lxml import etree


def parse_order(xml_text: bytes) -> dict:
    """Fields of an <order> document."""
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    root = etree.fromstring(xml_text, parser=parser)
    return {child.tag: child.text for child in root}
