import defusedxml.ElementTree as DET


def interpreter_names(xml_bytes):
    root = DET.fromstring(xml_bytes)
    return [el.text.strip() for el in root.iter("interpreter") if el.text]
