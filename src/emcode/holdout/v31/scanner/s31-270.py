from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges


def read_objects(stream):
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    doc = pulldom.parse(stream, parser=parser)
    titles = []
    for event, node in doc:
        if event == pulldom.START_ELEMENT and node.tagName == "title":
            doc.expandNode(node)
            titles.append(node.firstChild.data if node.firstChild else "")
    return titles
