import defusedxml.ElementTree as DET


def parse_config(xml_bytes):
    return {el.tag: el.text for el in DET.fromstring(xml_bytes)}
