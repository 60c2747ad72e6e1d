from lxml import etree

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse_invoice(xml_bytes):
    doc = etree.fromstring(xml_bytes, parser=_PARSER)
    return {
        "number": doc.findtext("number"),
        "total": float(doc.findtext("total")),
    }
