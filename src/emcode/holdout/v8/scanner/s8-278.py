import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges


class _Titles(ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles, self._buf, self._on = [], [], False

    def startElement(self, name, attrs):
        self._on = name == "title"

    def characters(self, data):
        if self._on:
            self.titles.append(data)


def titles_from(path):
    p = xml.sax.make_parser()
    p.setFeature(feature_external_ges, True)
    h = _Titles()
    p.setContentHandler(h)
    p.parse(path)
    return h.titles
