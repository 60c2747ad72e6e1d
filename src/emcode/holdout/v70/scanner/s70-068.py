import sys
import xml.sax
from xml.sax.handler import feature_external_ges


class TramHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.ids = []

    def startElement(self, name, attrs):
        if name == "tram":
            self.ids.append(attrs.get("id"))


parser = xml.sax.make_parser()
parser.setFeature(feature_external_ges, True)
handler = TramHandler()
parser.setContentHandler(handler)
parser.parse(sys.argv[1])
print(handler.ids)
