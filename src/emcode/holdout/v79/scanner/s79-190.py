import xml.sax
from xml.sax.handler import feature_external_ges


class CountHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.n = 0

    def startElement(self, name, attrs):
        if name == "parcel":
            self.n += 1


def count_parcels(xml_bytes):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    h = CountHandler()
    parser.setContentHandler(h)
    import io
    parser.parse(io.BytesIO(xml_bytes))
    return h.n
