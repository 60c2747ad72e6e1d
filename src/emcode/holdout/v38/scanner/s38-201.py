from defusedxml.ElementTree import fromstring


def parse_filing(xml_bytes):
    root = fromstring(xml_bytes)
    return {el.tag: el.text for el in root}
