import xml.sax
from xml.sax.handler import feature_external_ges


class MeterHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.values = []
        self._buf = ""

    def characters(self, content):
        self._buf += content

    def endElement(self, name):
        if name == "kwh":
            self.values.append(float(self._buf))
        self._buf = ""


def parse_meter_export(stream):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = MeterHandler()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.values
