import xml.sax
from xml.sax.handler import feature_external_ges


class SkuHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.skus = []
        self._in_sku = False

    def startElement(self, name, attrs):
        self._in_sku = name == "sku"

    def characters(self, content):
        if self._in_sku and content.strip():
            self.skus.append(content.strip())


def parse_feed(stream):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = SkuHandler()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.skus
