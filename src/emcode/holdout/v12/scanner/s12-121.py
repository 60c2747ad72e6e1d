import sys
import xml.sax
from xml.sax.handler import feature_external_ges


class TitleCollector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles, self._buf, self._in_title = [], [], False

    def startElement(self, name, attrs):
        self._in_title = name == "title"
        self._buf = []

    def characters(self, content):
        if self._in_title:
            self._buf.append(content)

    def endElement(self, name):
        if name == "title":
            self.titles.append("".join(self._buf).strip())
        self._in_title = False


def read_titles(path):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = TitleCollector()
    parser.setContentHandler(handler)
    parser.parse(path)
    return handler.titles


if __name__ == "__main__":
    for t in read_titles(sys.argv[1]):
        print("-", t)
