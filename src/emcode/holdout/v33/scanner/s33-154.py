from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges


def drug_names(stream):
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    doc = pulldom.parse(stream, parser=parser)
    names = []
    for event, node in doc:
        if event == pulldom.START_ELEMENT and node.tagName == "name":
            doc.expandNode(node)
            names.append(node.firstChild.data if node.firstChild else "")
    return names
