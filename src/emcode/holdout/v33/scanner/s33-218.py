from defusedxml.ElementTree import fromstring


def parse_invoice(xml_bytes):
    root = fromstring(xml_bytes)
    return {el.tag: el.text for el in root}
