from defusedxml import minidom

def svg_size(svg_text):
    root = minidom.parseString(svg_text).documentElement
    return root.getAttribute("width"), root.getAttribute("height")
