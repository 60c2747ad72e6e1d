from lxml import etree


def parse_bill_of_lading(xml_bytes):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    doc = etree.fromstring(xml_bytes, parser=parser)
    return {"shipper": doc.findtext("shipper"), "consignee": doc.findtext("consignee")}
