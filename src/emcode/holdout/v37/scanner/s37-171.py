import xml.sax
from xml.sax.handler import feature_external_ges


class _Collector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.names = []

    def startElement(self, name, attrs):
        if name == "singer":
            self.names.append(attrs.get("name"))


def singers_from(stream):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = _Collector()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.names
