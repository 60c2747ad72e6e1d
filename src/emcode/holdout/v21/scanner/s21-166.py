import xml.sax
from xml.sax.handler import feature_external_ges, feature_external_pes


class TitleHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles = []
        self._in_title = False

    def startElement(self, name, attrs):
        self._in_title = name == "title"

    def characters(self, content):
        if self._in_title:
            self.titles.append(content)


def feed_titles(stream):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)
    parser.setFeature(feature_external_pes, False)
    handler = TitleHandler()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.titles
