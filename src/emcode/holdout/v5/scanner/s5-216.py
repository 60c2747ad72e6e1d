from defusedxml.ElementTree import parse

def titles(path):
    tree = parse(path)
    out = []
    for node in tree.getroot().iter("item"):
        out.append(node.findtext("ti