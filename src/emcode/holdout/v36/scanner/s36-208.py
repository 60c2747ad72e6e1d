from defusedxml import ElementTree


def parse_bill_of_lading(xml_bytes):
    doc = ElementTree.fromstring(xml_bytes)
    return {"shipper": doc.findtext("shipper"), "consignee": doc.findtext("consignee")}
