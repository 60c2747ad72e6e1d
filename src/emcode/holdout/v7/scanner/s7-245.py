from lxml import etree


def parse_invoice(xml_bytes):
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    root = etree.fromstring(xml_bytes, parser=parser)
    return {
        "number": root.findtext("Number"),
        "total": float(root.findtext("Total") or 0),
    }
