from defusedxml.minidom import parseString


def read_limits(xml_text):
    doc = parseString(xml_text)
    limits = {}
    for node in doc.getElementsByTagName("limit"):
        limits[node.getAttribute("name")] = int(node.getAttribute("value") or 0)
    return limits
