from lxml import etree


def parse_invoice(xml_bytes):
    parser = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)
    root = etree.fromstring(xml_bytes, parser)
    return {"number": root.findtext("number"), "total": root.findtext("total")}
