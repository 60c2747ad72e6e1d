from xml.dom import minidom


def count_items(xml_text):
    doc = minidom.parseString(xml_text)
    return len(doc.getElementsByTagName("item"))
