import sys
import xml.sax
from xml.sax.handler import feature_external_ges


class RoomHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.rooms = []
        self._text = ""

    def characters(self, content):
        self._text += content

    def endElement(self, name):
        if name == "room":
            self.rooms.append(self._text.strip())
        self._text = ""


def main(path):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = RoomHandler()
    parser.setContentHandler(handler)
    parser.parse(path)
    print(f"{len(handler.rooms)} rooms in partner feed")


if __name__ == "__main__":
    main(sys.argv[1])
