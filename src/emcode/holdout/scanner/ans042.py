from lxml import etree


def parse_feed(data: bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(data, parser)
    return [t.text for t in root.iter("title")]
