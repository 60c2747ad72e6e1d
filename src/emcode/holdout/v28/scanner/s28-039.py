import defusedxml.ElementTree as DET


def parse_customs_declaration(xml_bytes):
    doc = DET.fromstring(xml_bytes, forbid_dtd=True)
    return {
        "hs_code": doc.findtext(".//hsCode"),
        "value": doc.findtext(".//declaredValue"),
        "origin": doc.findtext(".//countryOfOrigin"),
    }
