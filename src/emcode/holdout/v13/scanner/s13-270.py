import defusedxml.ElementTree as ET

def parse_config(xml_text: str):
    root = ET.fromstring(xml_text)
    return {child.tag: child.text for child in root}
