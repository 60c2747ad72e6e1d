import io

from defusedxml.sax import make_parser
import xml.sax


class CountHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.n = 0

    def startElement(self, name, attrs):
        if name == "parcel":
            self.n += 1


def count_parcels(xml_bytes):
    parser = make_parser()
    h = CountHandler()
    parser.setContentHandler(h)
    parser.parse(io.BytesIO(xml_bytes))
    return h.n
