from defusedxml.minidom import parseString


def read_accession(xml_bytes):
    doc = parseString(xml_bytes)
    root = doc.documentElement
    return {n.tagName: (n.firstChild.data if n.firstChild else None) for n in root.childNodes if n.nodeType == 1}
