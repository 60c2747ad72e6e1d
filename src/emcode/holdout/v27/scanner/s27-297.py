import xml.sax
from xml.sax.handler import feature_external_ges


class Counter(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.n = 0

    def startElement(self, name, attrs):
        self.n += 1


def count_elements(path):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    h = Counter()
    parser.setContentHandler(h)
    parser.parse(path)
    return h.n
