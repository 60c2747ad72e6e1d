from xml.dom import minidom

def svg_size(svg_text):
    doc = minidom.parseString(svg_text)
    root = doc.documentElement
    return root.getAttribute("width"), root.getAttribute("height")
