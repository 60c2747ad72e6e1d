import io
import xml.sax

import defusedxml.sax


class TitleHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles, self._in = [], False

    def startElement(self, name, attrs):
        self._in = name == "title"

    def characters(self, content):
        if self._in:
            self.titles.append(content)


def feed_titles(xml_bytes):
    handler = TitleHandler()
    defusedxml.sax.parse(io.BytesIO(xml_bytes), handler)
    return handler.titles
