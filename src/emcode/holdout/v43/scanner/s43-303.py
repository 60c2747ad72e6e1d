from defusedxml import minidom


def sensor_ids(xml_text):
    doc = minidom.parseString(xml_text)
    return [n.getAttribute("id") for n in doc.getElementsByTagName("sensor")]
