import defusedxml.sax
import xml.sax


class _FindHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.ids = []

    def startElement(self, name, attrs):
        if name == "find":
            self.ids.append(attrs.get("id"))


def read_find_ids(xml_path):
    handler = _FindHandler()
    defusedxml.sax.parse(xml_path, handler)
    return handler.ids
