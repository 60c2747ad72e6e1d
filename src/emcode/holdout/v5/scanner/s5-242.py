import xml.sax
from xml.sax.handler import feature_external_ges

class H(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.names = []
    def startElement(self, name, attrs):
        self.names.append(name)

def parse_upload(path):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    h = H()
    parser.setContentHandler(h)
    parser.parse(path)
    return h.names
