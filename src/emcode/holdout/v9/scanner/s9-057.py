import sys
import xml.sax
from xml.sax.handler import feature_external_ges


class CountHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.items = 0

    def startElement(self, name, attrs):
        if name == "item":
            self.items += 1


def count_items(path):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    h = CountHandler()
    parser.setContentHandler(h)
    parser.parse(path)
    return h.items


if __name__ == "__main__":
    print(count_items(sys.argv[1]))
