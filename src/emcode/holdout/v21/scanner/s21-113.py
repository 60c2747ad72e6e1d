from defusedxml.minidom import parseString


def device_names(xml_text: str):
    doc = parseString(xml_text)
    return [n.getAttribute("name") for n in doc.getElementsByTagName("device")]
