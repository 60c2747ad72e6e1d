import xml.sax
from xml.sax.handler import feature_external_ges


class _FindHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.ids = []

    def startElement(self, name, attrs):
        if name == "find":
            self.ids.append(attrs.get("id"))


def read_find_ids(xml_path):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = _FindHandler()
    parser.setContentHandler(handler)
    parser.parse(xml_path)
    return handler.ids
