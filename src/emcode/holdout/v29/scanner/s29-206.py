import defusedxml.sax
from xml.sax.handler import ContentHandler


class _Items(ContentHandler):
    def __init__(self):
        super().__init__()
        self.items = []

    def startElement(self, name, attrs):
        if name == "item":
            self.items.append(attrs.get("description", ""))


def read_claim_items(stream):
    handler = _Items()
    defusedxml.sax.parse(stream, handler)
    return handler.items
