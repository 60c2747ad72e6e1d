import defusedxml.sax
from xml.sax.handler import ContentHandler


class ReadingHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.readings = []

    def startElement(self, name, attrs):
        if name == "reading":
            self.readings.append((attrs.get("sensor"), float(attrs.get("value", "nan"))))


def parse_batch(stream):
    h = ReadingHandler()
    defusedxml.sax.parse(stream, h)
    return h.readings
