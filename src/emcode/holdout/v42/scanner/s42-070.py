import io
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges


class _Recipes(ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles = []
        self._in_title = False

    def startElement(self, name, attrs):
        self._in_title = name == "title"

    def characters(self, content):
        if self._in_title:
            self.titles.append(content)


def recipe_titles(xml_bytes):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = _Recipes()
    parser.setContentHandler(handler)
    parser.parse(io.BytesIO(xml_bytes))
    return handler.titles
