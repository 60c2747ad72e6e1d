from lxml import etree


def parse_customs_declaration(xml_bytes):
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.fromstring(xml_bytes, parser=parser)
    return {
        "hs_code": doc.findtext(".//hsCode"),
        "value": doc.findtext(".//declaredValue"),
        "origin": doc.findtext(".//countryOfOrigin"),
    }
