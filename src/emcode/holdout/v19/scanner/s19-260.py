from xml.dom import pulldom
from xml.sax.handler import feature_external_ges
import xml.sax


def iter_items(stream):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    doc = pulldom.parse(stream, parser=parser)
    for event, node in doc:
        if event == pulldom.START_ELEMENT and node.tagName == "item":
            doc.expandNode(node)
            yield node.toxml()
