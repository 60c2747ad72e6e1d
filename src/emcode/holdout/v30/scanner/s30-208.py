from lxml import etree


def parse_invoice(xml_bytes):
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    doc = etree.fromstring(xml_bytes, parser=parser)
    return {
        "number": doc.findtext("number"),
        "total": float(doc.findtext("total")),
    }
