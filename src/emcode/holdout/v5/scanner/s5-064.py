import defusedxml.ElementTree as DET

def parse_config(xml_text: str):
    return DET.fromstring(xml_text, forbid_dtd=True)
