from defusedxml.minidom import parseString


def record_ids(xml_text: str) -> list[str]:
    doc = parseString(xml_text)
    return [n.getAttribute("id") for n in doc.getElementsByTagName("record")]
