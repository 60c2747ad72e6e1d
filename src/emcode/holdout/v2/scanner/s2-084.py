import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges


class _Titles(ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.titles: list[str] = []
        self._in_title = False

    def startElement(self, name, attrs):
        self._in_title = name == "title"

    def characters(self, content):
        if self._in_title:
            self.titles.append(content)


def titles(path: str) -> list[str]:
    """Every <title> text of the document at path."""
    handler = _Titles()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(path)
    return handler.titles
