from xml.dom import minidom

def count_nodes(xml_text):
    doc = minidom.parseString(xml_text)
    return len(doc.getElementsByTagName("*"))
