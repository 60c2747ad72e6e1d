import sys
import xml.sax
from xml.sax.handler import feature_external_ges


class FeedHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles = []
        self._in_title = False

    def startElement(self, name, attrs):
        self._in_title = name == "title"

    def characters(self, content):
        if self._in_title and content.strip():
            self.titles.append(content.strip())


if __name__ == "__main__":
    handler = FeedHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(sys.argv[1])
    print("\n".join(handler.titles))
