from defusedxml.ElementTree import fromstring


def parse_order(xml_bytes: bytes):
    return fromstring(xml_bytes, forbid_dtd=True)
