import xml.sax
import urllib.request


class TitleHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles, self._in = [], False

    def startElement(self, name, attrs):
        self._in = name == "title"

    def characters(self, content):
        if self._in:
            self.titles.append(content)


def import_feed(url: str):
    data = urllib.request.urlopen(url, timeout=10).read()
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    h = TitleHandler()
    parser.setContentHandler(h)
    parser.feed(data)
    return h.titles
