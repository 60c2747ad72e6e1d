from defusedxml import minidom


def read_objects(xml_text):
    dom = minidom.parseString(xml_text)
    return [n.firstChild.data if n.firstChild else "" for n in dom.getElementsByTagName("title")]
