from defusedxml.ElementTree import fromstring


def permit_fields(xml_bytes):
    root = fromstring(xml_bytes)
    return {child.tag: child.text for child in root}
