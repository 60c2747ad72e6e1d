from lxml import etree

SAFE = etree.XMLParser(resolve_entities=False, no_network=True, dtd_validation=False, load_dtd=False, huge_tree=False)

def parse_invoice(xml_bytes: bytes) -> dict:
    root = etree.fromstring(xml_bytes, parser=SAFE)
    return {"number": root.findtext("number"), "total": float(root.findtext("total") or 0)}
