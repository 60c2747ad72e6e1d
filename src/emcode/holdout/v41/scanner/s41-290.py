from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges


def iter_catalogue_titles(stream):
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    doc = pulldom.parse(stream, parser=parser)
    for event, node in doc:
        if event == pulldom.START_ELEMENT and node.tagName == "title":
            doc.expandNode(node)
            yield node.firstChild.data if node.firstChild else ""
