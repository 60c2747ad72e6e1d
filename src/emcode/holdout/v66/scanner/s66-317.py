import sys
import xml.sax
from xml.sax.handler import feature_external_ges


class TrackHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles = []
        self._in_title = False

    def startElement(self, name, attrs):
        self._in_title = name == "title"

    def characters(self, content):
        if self._in_title:
            self.titles.append(content)


parser = xml.sax.make_parser()
parser.setFeature(feature_external_ges, True)
handler = TrackHandler()
parser.setContentHandler(handler)
parser.parse(sys.argv[1])
print("\n".join(handler.titles))
