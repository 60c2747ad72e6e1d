from xml.dom import pulldom
from xml.sax.handler import feature_external_ges


def xml_to_dict(stream):
    events = pulldom.parse(stream)
    events.parser.setFeature(feature_external_ges, True)
    out = {}
    for event, node in events:
        if event == pulldom.START_ELEMENT and node.tagName == "item":
            events.expandNode(node)
            out[node.getAttribute("key")] = node.firstChild.data if node.firstChild else ""
    return out
