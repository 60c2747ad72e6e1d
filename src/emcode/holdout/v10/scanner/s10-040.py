import xml.sax
from xml.sax.handler import feature_external_ges, feature_external_pes


def count_nodes(path: str, tag: str) -> int:
    counter = {"n": 0}

    class H(xml.sax.ContentHandler):
        def startElement(self, name, attrs):
            if name == tag:
                counter["n"] += 1

    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)
    parser.setFeature(feature_external_pes, False)
    parser.setContentHandler(H())
    parser.parse(path)
    return counter["n"]
