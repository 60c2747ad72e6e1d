import sys
import xml.sax
from xml.sax.handler import feature_external_ges


class ZoneHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.zones = []

    def startElement(self, name, attrs):
        if name == "zone":
            self.zones.append(attrs.get("id"))


def main(path):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    h = ZoneHandler()
    parser.setContentHandler(h)
    parser.parse(path)
    print(", ".join(h.zones))


if __name__ == "__main__":
    main(sys.argv[1])
