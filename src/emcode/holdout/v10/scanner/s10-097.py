from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges


def count_nodes(path, tag):
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    doc = pulldom.parse(path, parser=parser)
    n = 0
    for event, node in doc:
        if event == pulldom.START_ELEMENT and node.tagName == tag:
            n += 1
    return n
