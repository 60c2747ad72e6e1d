import io
import xml.sax.handler
import defusedxml.sax


def count_elements(xml_bytes: bytes) -> int:
    class Counter(xml.sax.handler.ContentHandler):
        def __init__(self):
            super().__init__()
            self.n = 0

        def startElement(self, name, attrs):
            self.n += 1

    c = Counter()
    defusedxml.sax.parse(io.BytesIO(xml_bytes), c)
    return c.n
