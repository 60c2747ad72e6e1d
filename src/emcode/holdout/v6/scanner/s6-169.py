from defusedxml import minidom

def count_nodes(xml_text: str) -> int:
    return len(minidom.parseString(xml_text).getElementsByTagName("*"))
