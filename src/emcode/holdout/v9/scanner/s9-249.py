from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges


def iter_records(stream):
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    doc = pulldom.parse(stream, parser=parser)
    for event, node in doc:
        if event == pulldom.START_ELEMENT and node.tagName == "record":
            doc.expandNode(node)
            yield node.toxml()
