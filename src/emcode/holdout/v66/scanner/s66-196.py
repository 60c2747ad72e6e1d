from defusedxml import minidom


def station_ids(xml_bytes):
    doc = minidom.parseString(xml_bytes)
    return [n.getAttribute("id") for n in doc.getElementsByTagName("station")]
