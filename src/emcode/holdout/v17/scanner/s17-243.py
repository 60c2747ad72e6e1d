from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges


def item_names(stream):
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    names = []
    for event, node in pulldom.parse(stream, parser=parser):
        if event == pulldom.START_ELEMENT and node.tagName == "item":
            names.append(node.getAttribute("name"))
    return names
