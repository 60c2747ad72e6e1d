import xml.sax
from xml.sax.handler import feature_external_ges


def count_elements(data: bytes) -> int:
    counter = {"n": 0}
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)

    class H(xml.sax.ContentHandler):
        def startElement(self, name, attrs):
            counter["n"] += 1

    parser.setContentHandler(H())
    parser.feed(data)
    parser.close()
    return counter["n"]
