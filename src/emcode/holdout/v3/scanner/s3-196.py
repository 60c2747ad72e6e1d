from lxml import etree


def parse_invoice(xml_bytes: bytes) -> dict:
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    root = etree.fromstring(xml_bytes, parser=parser)
    return {"number": root.findtext("number"), "total": float(root.findtext("total"))}
