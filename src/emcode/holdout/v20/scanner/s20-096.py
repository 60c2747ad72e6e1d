import xml.sax
from xml.sax.handler import feature_external_ges


class TitleHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles, self._in = [], False

    def startElement(self, name, attrs):
        self._in = name == "title"

    def characters(self, content):
        if self._in:
            self.titles.append(content)


def titles(path):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    h = TitleHandler()
    parser.setContentHandler(h)
    parser.parse(path)
    return h.titles
