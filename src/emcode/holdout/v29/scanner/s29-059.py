from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges


def read_claim_items(stream):
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    doc = pulldom.parse(stream, parser=parser)
    items = []
    for event, node in doc:
        if event == pulldom.START_ELEMENT and node.tagName == "item":
            doc.expandNode(node)
            items.append(node.getAttribute("description"))
    return items
