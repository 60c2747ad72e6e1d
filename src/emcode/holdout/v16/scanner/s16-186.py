import io
import xml.sax
from xml.sax.handler import feature_external_ges


def count_elements(xml_bytes: bytes) -> int:
    class Counter(xml.sax.ContentHandler):
        n = 0

        def startElement(self, name, attrs):
            Counter.n += 1

    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(Counter())
    parser.parse(io.BytesIO(xml_bytes))
    return Counter.n
