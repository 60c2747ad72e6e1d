from lxml import etree

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse_invoice(xml_bytes: bytes) -> dict:
    root = etree.fromstring(xml_bytes, _PARSER)
    return {"number": root.findtext("number"), "total": root.findtext("total")}
