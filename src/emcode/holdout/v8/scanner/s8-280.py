from xml.sax.handler import ContentHandler

from defusedxml.sax import make_parser


class _Titles(ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.titles: list[str] = []
        self._on = False

    def startElement(self, name, attrs):
        self._on = name == "title"

    def characters(self, data):
        if self._on:
            self.titles.append(data)


def titles_from(path: str) -> list[str]:
    p = make_parser()
    h = _Titles()
    p.setContentHandler(h)
    p.parse(path)
    return h.titles
