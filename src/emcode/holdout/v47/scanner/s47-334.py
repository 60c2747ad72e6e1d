from lxml import etree


def parse_inspection_report(xml_bytes):
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(xml_bytes, parser)
    return {
        "vessel": root.findtext("vessel"),
        "boats": [b.get("id") for b in root.iter("lifeboat")],
    }
