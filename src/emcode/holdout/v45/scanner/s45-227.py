from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges


def count_tickets(stream):
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    doc = pulldom.parse(stream, parser=parser)
    return sum(1 for ev, node in doc if ev == pulldom.START_ELEMENT and node.tagName == "ticket")
