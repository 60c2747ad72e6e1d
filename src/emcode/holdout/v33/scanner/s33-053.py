import sys
import xml.sax
from xml.sax.handler import feature_external_ges


class DrugHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.names = []
        self._buf = None

    def startElement(self, name, attrs):
        if name == "name":
            self._buf = []

    def characters(self, content):
        if self._buf is not None:
            self._buf.append(content)

    def endElement(self, name):
        if name == "name":
            self.names.append("".join(self._buf).strip())
            self._buf = None


if __name__ == "__main__":
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    h = DrugHandler()
    parser.setContentHandler(h)
    parser.parse(sys.argv[1])
    print("\n".join(h.names))
