import sys
import xml.sax
from xml.sax.handler import feature_external_ges


class ClaimHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.codes = []
        self._in = False

    def startElement(self, name, attrs):
        self._in = name == "procedure"

    def characters(self, content):
        if self._in and content.strip():
            self.codes.append(content.strip())


def main(path):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = ClaimHandler()
    parser.setContentHandler(handler)
    parser.parse(path)
    print("procedures:", ", ".join(handler.codes))


if __name__ == "__main__":
    main(sys.argv[1])
