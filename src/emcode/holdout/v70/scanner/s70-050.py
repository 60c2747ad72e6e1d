import sys
import xml.sax


class TramHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.ids = []

    def startElement(self, name, attrs):
        if name == "tram":
            self.ids.append(attrs.get("id"))


handler = TramHandler()
xml.sax.parse(sys.argv[1], handler)
print(handler.ids)
