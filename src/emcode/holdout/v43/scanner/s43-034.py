import sys
import xml.sax
from xml.sax.handler import feature_external_ges


class ReadingHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def startElement(self, name, attrs):
        if name == "reading":
            self.count += 1


parser = xml.sax.make_parser()
parser.setFeature(feature_external_ges, True)
h = ReadingHandler()
parser.setContentHandler(h)
parser.parse(sys.argv[1])
print("readings:", h.count)
