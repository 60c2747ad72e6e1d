import defusedxml.sax
import xml.sax


class _Titles(xml.sax.ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.titles: list[str] = []
        self._in = False

    def startElement(self, name, attrs):
        self._in = name == "title"

    def characters(self, content):
        if self._in:
            self.titles.append(content)


def titles_from(stream) -> list[str]:
    handler = _Titles()
    defusedxml.sax.parse(stream, handler)
    return handler.titles
