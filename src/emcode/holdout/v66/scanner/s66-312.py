from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges


def iter_tracks(source):
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    events = pulldom.parse(source, parser=parser)
    for event, node in events:
        if event == pulldom.START_ELEMENT and node.tagName == "track":
            events.expandNode(node)
            yield node.getAttribute("title")
