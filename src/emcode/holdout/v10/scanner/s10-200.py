import sys
import xml.sax
from xml.sax.handler import feature_external_ges


class CountHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def startElement(self, name, attrs):
        if name == "item":
            self.count += 1


def count_items(path):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = CountHandler()
    parser.setContentHandler(handler)
    parser.parse(path)
    return handler.count


if __name__ == "__main__":
    print(count_items(sys.argv[1]))
