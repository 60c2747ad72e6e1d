import sys
import xml.sax
from xml.sax.handler import feature_external_ges


class BagHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.tags = []
        self._in_tag = False

    def startElement(self, name, attrs):
        self._in_tag = name == "tag"

    def characters(self, content):
        if self._in_tag:
            self.tags.append(content.strip())

    def endElement(self, name):
        self._in_tag = False


if __name__ == "__main__":
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    h = BagHandler()
    parser.setContentHandler(h)
    parser.parse(sys.argv[1])
    print(len(h.tags), "bags in manifest")
